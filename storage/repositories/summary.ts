import { TZDate } from '@date-fns/tz';
import { startOfISOWeek } from 'date-fns';
import { msOnDay } from '../tracking/day-totals';
import { clipIntervals, unionMs } from '../tracking/intervals';
import { localDate } from '../tracking/local-day';
import { maxGapMs } from '../tracking/segments';
import { latestSession, sessionsBetween } from './sessions';

export interface TodaySummary {
  /** Engaged ms today (union of all sessions, cut at local midnight). */
  todayMs: number;
  /** Engaged ms since Monday 00:00 of this ISO week. */
  weekMs: number;
  /** The latest session, and whether it is still being extended. */
  latest?: { courseTitle: string; lessonTitle: string; platformId: string; active: boolean };
}

/** What the popup shows: today's and this week's study time and what was studied last. */
export async function readTodaySummary(
  now: number,
  timeZone: string,
  heartbeatSeconds: number,
): Promise<TodaySummary> {
  const weekStart = startOfISOWeek(new TZDate(now, timeZone)).getTime();
  // Nothing after "now" can have been studied: a row reaching into the future (corrupt, or written by a
  // machine whose clock ran ahead) counts only up to the last heartbeat's tolerance.
  const horizon = now + 60_000;
  const sessions = clipIntervals(await sessionsBetween(weekStart, horizon), weekStart, horizon);
  const latest = await latestSession();
  return {
    todayMs: msOnDay(sessions, localDate(now, timeZone), timeZone),
    weekMs: unionMs(sessions),
    latest: latest && {
      courseTitle: latest.courseTitle,
      lessonTitle: latest.lessonTitle,
      platformId: latest.platformId,
      active: latest.end <= horizon && now - latest.end <= maxGapMs(heartbeatSeconds),
    },
  };
}
