import { TZDate } from '@date-fns/tz';
import { isStudied } from '../digest/minutes';
import { currentStreak } from '../digest/streaks';
import { msOnDay } from '../tracking/day-totals';
import { clipIntervals, type Interval } from '../tracking/intervals';
import { dayBounds, formatLocalDate } from '../tracking/local-day';
import { sessionsBetween } from './sessions';

export interface RecentDays {
  /** The last `days` local days, oldest first, today last: engaged ms of each (union, cut at midnight). */
  perDay: { date: string; ms: number }[];
  /** Studied days in a row up to today (or yesterday while today has nothing yet), as the digest counts. */
  streakDays: number;
}

/** Local dates ending with the day of `now`, oldest first. */
function datesBack(now: number, timeZone: string, count: number, offset = 0): string[] {
  const today = new TZDate(now, timeZone);
  return Array.from({ length: count }, (_, index) =>
    formatLocalDate(
      new TZDate(
        today.getFullYear(),
        today.getMonth(),
        today.getDate() - offset - (count - 1 - index),
        timeZone,
      ),
    ),
  );
}

async function readDays(dates: readonly string[], timeZone: string, horizon: number) {
  const from = dayBounds(dates[0] as string, timeZone).start;
  const to = Math.min(horizon, dayBounds(dates.at(-1) as string, timeZone).end);
  const sessions: Interval[] = clipIntervals(await sessionsBetween(from, to), from, to);
  return dates.map((date) => ({ date, ms: msOnDay(sessions, date, timeZone) }));
}

/** Older days are read in chunks of this many, and only while the streak reaches back that far. */
const STREAK_CHUNK_DAYS = 28;
/** A streak is counted back at most this many days (about three years) so a corrupt row cannot loop long. */
const STREAK_LIMIT_DAYS = 1100;

/**
 * The popup's 7-day chart and streak, reading only the days it needs through the `end` index: the last
 * `days`, then older chunks only while every day of them was studied.
 */
export async function readRecentDays(now: number, timeZone: string, days = 7): Promise<RecentDays> {
  const horizon = now + 60_000;
  const perDay = await readDays(datesBack(now, timeZone, days), timeZone, horizon);
  let studied = perDay.map((day) => isStudied(day.ms));
  let streakDays = currentStreak(studied, studied.length - 1, true);
  // The streak reaches the oldest day read: count on into older days.
  while (streakDays === studied.length - (studied.at(-1) ? 0 : 1) && streakDays < STREAK_LIMIT_DAYS) {
    const older = await readDays(
      datesBack(now, timeZone, STREAK_CHUNK_DAYS, studied.length),
      timeZone,
      horizon,
    );
    studied = [...older.map((day) => isStudied(day.ms)), ...studied];
    const next = currentStreak(studied, studied.length - 1, true);
    if (next === streakDays) break;
    streakDays = next;
  }
  return { perDay, streakDays };
}
