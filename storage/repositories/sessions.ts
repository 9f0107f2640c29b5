import { getDb } from '../db';
import { MAX_SESSION_MS, type SessionRow, sessionRowSchema } from '../schemas/rows';

/** Writes segments through (insert or update by id) in one transaction. */
export async function putSessions(rows: readonly SessionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await getDb().sessions.bulkPut([...rows]);
}

/** Sessions that overlap [from, to): they end after `from` and start before `to`. */
export async function sessionsBetween(from: number, to: number): Promise<SessionRow[]> {
  return getDb()
    .sessions.where('end')
    .above(from)
    .filter((row) => row.start < to)
    .toArray();
}

/**
 * Sessions that overlap [from, to), read as one key range of the `end` index: a stored session is at most
 * {@link MAX_SESSION_MS} long (the row schema), so one that overlaps ends before `to + MAX_SESSION_MS`. A
 * bounded range is read in one `getAll`, not row by row through a cursor and a filter.
 */
export async function sessionsOverlapping(from: number, to: number): Promise<SessionRow[]> {
  const rows = await getDb()
    .sessions.where('end')
    .between(from, to + MAX_SESSION_MS, false, true)
    .toArray();
  return rows.filter((row) => row.start < to);
}

/** The most recently ended session, if any. */
export async function latestSession(): Promise<SessionRow | undefined> {
  return getDb().sessions.orderBy('end').last();
}

export async function countSessions(): Promise<number> {
  return getDb().sessions.count();
}

/**
 * Every session, in id order (callers sort): what the Courses view sums up. Read from the table itself, not the
 * `start` index: for a year of 20,000 rows that is about a third faster in Chromium.
 */
export async function allSessions(): Promise<SessionRow[]> {
  return getDb().sessions.toArray();
}

/** Deletes a session and returns it as it was, so an "undo" can put it back with {@link restoreSession}. */
export async function deleteSession(id: string): Promise<SessionRow | undefined> {
  const db = getDb();
  return db.transaction('rw', db.sessions, async () => {
    const old = await db.sessions.get(id);
    if (old) await db.sessions.delete(id);
    return old;
  });
}

/** Puts back a row returned by {@link deleteSession}, unchanged (checked by the row schema). */
export async function restoreSession(row: SessionRow): Promise<void> {
  await getDb().sessions.put(sessionRowSchema.parse(row));
}

/** A manual row must say so: kind `manual`, no tab. */
function parseManual(row: SessionRow): SessionRow {
  const valid = sessionRowSchema.parse(row);
  if (valid.kind !== 'manual' || valid.tabId !== -1) throw new Error(`Not a manual session: ${valid.id}`);
  return valid;
}

/** Adds time entered by hand (throws, writing nothing, when the row is invalid or its id is taken). */
export async function addManualSession(row: SessionRow): Promise<SessionRow> {
  const valid = parseManual(row);
  await getDb().sessions.add(valid);
  return valid;
}

/**
 * Replaces a manual session by id; `undefined` when it is gone. Tracked sessions are refused: what the
 * tracker measured can be deleted, never rewritten by hand.
 */
export async function updateManualSession(row: SessionRow): Promise<SessionRow | undefined> {
  const valid = parseManual(row);
  const db = getDb();
  return db.transaction('rw', db.sessions, async () => {
    const old = await db.sessions.get(valid.id);
    if (!old) return undefined;
    if (old.kind !== 'manual') throw new Error(`Only manual sessions can be edited: ${valid.id}`);
    await db.sessions.put(valid);
    return valid;
  });
}
