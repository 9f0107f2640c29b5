import { getDb } from '../db';
import type { ReflectionRow, SessionRow } from '../schemas/rows';
import { sessionsBetween } from './sessions';

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * The rows the Week view of [from, to) needs: sessions of that week and the week before (the change
 * against last week), through the `end` index, and the week's reflections (topics) through `createdAt`.
 */
export async function readWeekSource(
  from: number,
  to: number,
): Promise<{ sessions: SessionRow[]; reflections: ReflectionRow[] }> {
  const [sessions, reflections] = await Promise.all([
    // A DST week is an hour longer or shorter; an hour more before it costs nothing and misses nothing.
    sessionsBetween(from - WEEK_MS - 3_600_000, to),
    getDb().reflections.where('createdAt').between(from, to, true, false).toArray(),
  ]);
  return { sessions, reflections };
}

/** The sessions the Year view of [from, to) needs: those of that year only, through the `end` index. */
export function readYearSessions(from: number, to: number): Promise<SessionRow[]> {
  return sessionsBetween(from, to);
}
