import { getDb } from '../db';
import type { SessionRow } from '../schemas/rows';

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

/** The most recently ended session, if any. */
export async function latestSession(): Promise<SessionRow | undefined> {
  return getDb().sessions.orderBy('end').last();
}

export async function countSessions(): Promise<number> {
  return getDb().sessions.count();
}
