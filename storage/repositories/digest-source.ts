import { getDb } from '../db';
import type { ReflectionRow, SessionRow } from '../schemas/rows';
import { sessionsBetween } from './sessions';

/** How far back the digest reads so streaks that began before the period are whole. */
const STREAK_LOOKBACK_MS = 366 * 24 * 3_600_000;

/** The rows a digest of [from, to) needs: its sessions and reflections, and a year before for streaks. */
export async function readDigestSource(
  from: number,
  to: number,
): Promise<{ sessions: SessionRow[]; reflections: ReflectionRow[] }> {
  const [sessions, reflections] = await Promise.all([
    sessionsBetween(from - STREAK_LOOKBACK_MS, to),
    getDb().reflections.where('createdAt').between(from, to, true, false).toArray(),
  ]);
  return { sessions, reflections };
}
