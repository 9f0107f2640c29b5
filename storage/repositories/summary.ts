import { TZDate } from '@date-fns/tz';
import { startOfISOWeek } from 'date-fns';
import { getDb } from '../db';
import { msOnDay } from '../tracking/day-totals';
import { clipIntervals, unionMs } from '../tracking/intervals';
import { dayBounds, localDate, localDatesBack } from '../tracking/local-day';
import { maxGapMs } from '../tracking/segments';
import { latestSession } from './sessions';

export interface TodaySummary {
  /** Engaged ms today (union of all sessions, cut at local midnight). */
  todayMs: number;
  /** Engaged ms since Monday 00:00 of this ISO week. */
  weekMs: number;
  /** The latest session, and whether it is still being extended. */
  latest?: { courseTitle: string; lessonTitle: string; platformId: string; active: boolean };
}

export interface PopupSummary extends TodaySummary {
  /** The last seven local days, oldest first, today last: engaged ms of each. */
  perDay: { date: string; ms: number }[];
}

/**
 * What the popup shows, from one read of the `end` index from the start of this week or of the last seven
 * days, whichever is earlier: today's and this week's study time, the last seven days and what was studied
 * last.
 */
export async function readPopupSummary(
  now: number,
  timeZone: string,
  heartbeatSeconds: number,
): Promise<PopupSummary> {
  const weekStart = startOfISOWeek(new TZDate(now, timeZone)).getTime();
  const dates = localDatesBack(now, timeZone, 7);
  const from = Math.min(weekStart, dayBounds(dates[0] as string, timeZone).start);
  // Nothing after "now" can have been studied: a row reaching into the future (corrupt, or written by a
  // machine whose clock ran ahead) counts only up to the last heartbeat's tolerance.
  const horizon = now + 60_000;
  const [rows, latest] = await Promise.all([
    // Everything ending after `from` in one getAll (no cursor filter): also a corrupt row that ends in the
    // future, which then counts up to the horizon only.
    getDb().sessions.where('end').above(from).toArray(),
    latestSession(),
  ]);
  const sessions = clipIntervals(
    rows.filter((row) => row.start < horizon),
    from,
    horizon,
  );
  return {
    todayMs: msOnDay(sessions, localDate(now, timeZone), timeZone),
    weekMs: unionMs(clipIntervals(sessions, weekStart, horizon)),
    perDay: dates.map((date) => ({ date, ms: msOnDay(sessions, date, timeZone) })),
    latest: latest && {
      courseTitle: latest.courseTitle,
      lessonTitle: latest.lessonTitle,
      platformId: latest.platformId,
      active: latest.end <= horizon && now - latest.end <= maxGapMs(heartbeatSeconds),
    },
  };
}

/** Today's and this week's study time and what was studied last (the popup's numbers without its chart). */
export async function readTodaySummary(
  now: number,
  timeZone: string,
  heartbeatSeconds: number,
): Promise<TodaySummary> {
  const { perDay: _chart, ...summary } = await readPopupSummary(now, timeZone, heartbeatSeconds);
  return summary;
}
