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
  const sessions = await sessionsBetween(weekStart, now + 60_000);
  const latest = await latestSession();
  return {
    todayMs: msOnDay(sessions, localDate(now, timeZone), timeZone),
    weekMs: unionMs(clipIntervals(sessions, weekStart, now + 60_000)),
    latest: latest && {
      courseTitle: latest.courseTitle,
      lessonTitle: latest.lessonTitle,
      platformId: latest.platformId,
      active: now - latest.end <= maxGapMs(heartbeatSeconds),
    },
  };
}
