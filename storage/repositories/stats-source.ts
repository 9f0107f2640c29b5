import { getDb } from '../db';
import { MAX_SESSION_MS, type ReflectionRow, type SessionRow } from '../schemas/rows';
import { sessionsOverlapping } from './sessions';

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * The same rows as {@link sessionsOverlapping}, read with IndexedDB's own `getAll` on the database Dexie
 * opened: for a year of rows (20,000) it skips Dexie's per-row work, a third of the read. Not observed by
 * live queries, so only for views that read once.
 */
async function sessionsOverlappingOnce(from: number, to: number): Promise<SessionRow[]> {
  const db = getDb();
  await db.open();
  const rows = await new Promise<SessionRow[]>((resolve, reject) => {
    const request = db
      .backendDB()
      .transaction('sessions', 'readonly')
      .objectStore('sessions')
      .index('end')
      .getAll(IDBKeyRange.bound(from, to + MAX_SESSION_MS, true, false));
    request.onsuccess = () => resolve(request.result as SessionRow[]);
    request.onerror = () => reject(request.error);
  });
  return rows.filter((row) => row.start < to);
}

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
    sessionsOverlapping(from - WEEK_MS - 3_600_000, to),
    getDb().reflections.where('createdAt').between(from, to, true, false).toArray(),
  ]);
  return { sessions, reflections };
}

const HOUR_MS = 3_600_000;
let prefetched: { year: number; rows: Promise<SessionRow[]> } | undefined;

/**
 * Starts reading the sessions of a calendar year in any time zone (UTC−12 to UTC+14) while the page is still
 * booting, before the settings say which zone: a year of rows is the dashboard's slowest read.
 */
export function prefetchYearSessions(year: number): void {
  const rows = sessionsOverlappingOnce(
    Date.UTC(year, 0, 1) - 14 * HOUR_MS,
    Date.UTC(year + 1, 0, 1) + 12 * HOUR_MS,
  );
  rows.catch(() => undefined);
  prefetched = { year, rows };
}

/**
 * The sessions the Year view of `year` ([from, to) in the chosen zone) needs: those of that year only,
 * through the `end` index; a prefetched read of the same year is used once, then rows are read afresh.
 */
export async function readYearSessions(year: number, from: number, to: number): Promise<SessionRow[]> {
  const early = prefetched;
  prefetched = undefined;
  if (early?.year === year) {
    const rows = await early.rows.catch(() => undefined);
    if (rows) return rows.filter((row) => row.end > from && row.start < to);
  }
  return sessionsOverlappingOnce(from, to);
}
