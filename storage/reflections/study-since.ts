import type { SessionRow } from '../schemas/rows';
import { clipIntervals, unionMs } from '../tracking/intervals';

/**
 * Study on a course since its last reflection: the union of that course's sessions after `since`
 * (ms since epoch; 0 when the course has no reflection), up to `now`. Two tabs never count twice.
 */
export function studySince(
  sessions: readonly SessionRow[],
  courseKey: string,
  since: number,
  now: number,
): { ms: number; sessionIds: string[] } {
  const mine = sessions.filter((row) => row.courseKey === courseKey && row.end > since && row.start < now);
  return {
    ms: unionMs(clipIntervals(mine, since, now)),
    sessionIds: mine.sort((a, b) => a.start - b.start).map((row) => row.id),
  };
}
