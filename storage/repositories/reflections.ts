import { getDb } from '../db';
import { type ReflectionRow, reflectionRowSchema, type SessionRow } from '../schemas/rows';
import { dayBounds } from '../tracking/local-day';
import { isoWeekOf } from '../tracking/weeks';

/** Inserts or replaces a reflection after checking it against the row schema (throws a ZodError if invalid). */
export async function saveReflection(row: ReflectionRow): Promise<ReflectionRow> {
  const valid = reflectionRowSchema.parse(row);
  await getDb().reflections.put(valid);
  return valid;
}

/**
 * Changes the editable fields of a stored reflection and stamps `updatedAt` with `now`; `undefined` when
 * the row is gone. Identity (`id`, `createdAt`, course, `sessionIds`) never changes through an edit.
 */
export async function updateReflection(
  id: string,
  changes: Partial<
    Pick<ReflectionRow, 'topics' | 'learned' | 'thought' | 'apply' | 'rating' | 'isCase' | 'lessonTitle'>
  >,
  now: number = Date.now(),
): Promise<ReflectionRow | undefined> {
  const db = getDb();
  return db.transaction('rw', db.reflections, async () => {
    const old = await db.reflections.get(id);
    if (!old) return undefined;
    const next = reflectionRowSchema.parse({
      ...old,
      ...changes,
      id: old.id,
      createdAt: old.createdAt,
      updatedAt: Math.max(now, old.createdAt),
    });
    await db.reflections.put(next);
    return next;
  });
}

/** Deletes a reflection and returns the row as it was, so an "undo" can put it back with {@link restoreReflection}. */
export async function deleteReflection(id: string): Promise<ReflectionRow | undefined> {
  const db = getDb();
  return db.transaction('rw', db.reflections, async () => {
    const old = await db.reflections.get(id);
    if (old) await db.reflections.delete(id);
    return old;
  });
}

/** Puts back a row returned by {@link deleteReflection}, unchanged. */
export async function restoreReflection(row: ReflectionRow): Promise<void> {
  await getDb().reflections.put(reflectionRowSchema.parse(row));
}

export async function getReflection(id: string): Promise<ReflectionRow | undefined> {
  return getDb().reflections.get(id);
}

/** Reflections created in [from, to) (ms since epoch), oldest first. */
export async function reflectionsBetween(from: number, to: number): Promise<ReflectionRow[]> {
  return getDb().reflections.where('createdAt').between(from, to, true, false).toArray();
}

/** Every reflection, newest first (search and filters work on this list). */
export async function allReflections(): Promise<ReflectionRow[]> {
  return getDb().reflections.orderBy('createdAt').reverse().toArray();
}

/** The [start, end) instants of the ISO week (Monday 00:00 to next Monday 00:00, local) containing `ms`. */
export function weekRange(
  ms: number,
  timeZone: string,
): { from: number; to: number; start: string; end: string } {
  const week = isoWeekOf(ms, timeZone);
  return { ...week, from: dayBounds(week.start, timeZone).start, to: dayBounds(week.end, timeZone).end };
}

/** Reflections of the ISO week containing `ms`, oldest first: the same count the popup and digest show. */
export async function reflectionsOfWeek(ms: number, timeZone: string): Promise<ReflectionRow[]> {
  const { from, to } = weekRange(ms, timeZone);
  return reflectionsBetween(from, to);
}

/** The latest reflection on a course (by `createdAt`), if any: study since it is what the card waits for. */
export async function lastReflectionOfCourse(courseKey: string): Promise<ReflectionRow | undefined> {
  const rows = await getDb().reflections.where('courseKey').equals(courseKey).toArray();
  return rows.reduce<ReflectionRow | undefined>(
    (latest, row) => (latest === undefined || row.createdAt > latest.createdAt ? row : latest),
    undefined,
  );
}

/** The most recent reflection on any course, if any. */
export async function latestReflection(): Promise<ReflectionRow | undefined> {
  return getDb().reflections.orderBy('createdAt').last();
}

/** Distinct topics of earlier reflections, most used first: suggestions for the topic chips. */
export async function earlierTopics(limit = 30): Promise<string[]> {
  const counts = new Map<string, number>();
  await getDb().reflections.each((row) => {
    for (const topic of row.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  });
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([topic]) => topic);
}

/** Sessions of a course that end after `since` (ms since epoch): what a new reflection covers. */
export async function courseSessionsSince(courseKey: string, since: number): Promise<SessionRow[]> {
  return getDb()
    .sessions.where('courseKey')
    .equals(courseKey)
    .filter((row) => row.end > since)
    .toArray();
}
