import { isStudied } from '../digest/minutes';
import { currentStreak } from '../digest/streaks';
import { msOnDay } from '../tracking/day-totals';
import { clipIntervals } from '../tracking/intervals';
import { dayBounds, localDatesBack } from '../tracking/local-day';
import { sessionsOverlapping } from './sessions';

export interface RecentDays {
  /** The last `days` local days, oldest first, today last: engaged ms of each (union, cut at midnight). */
  perDay: { date: string; ms: number }[];
  /** Studied days in a row up to today (or yesterday while today has nothing yet), as the digest counts. */
  streakDays: number;
}

async function readDays(dates: readonly string[], timeZone: string, horizon: number) {
  const from = dayBounds(dates[0] as string, timeZone).start;
  const to = Math.min(horizon, dayBounds(dates.at(-1) as string, timeZone).end);
  const intervals = clipIntervals(await sessionsOverlapping(from, to), from, to);
  return dates.map((date) => ({ date, ms: msOnDay(intervals, date, timeZone) }));
}

/** Nothing after "now" can have been studied; a row reaching further counts only up to a minute past it. */
const horizonOf = (now: number) => now + 60_000;

/** The popup's 7-day chart: engaged ms on each of the last `days` local days, today last. */
export function readLastDays(now: number, timeZone: string, days = 7): Promise<RecentDays['perDay']> {
  return readDays(localDatesBack(now, timeZone, days), timeZone, horizonOf(now));
}

/** Older days are read in chunks of this many, and only while the streak reaches back that far. */
const STREAK_CHUNK_DAYS = 56;
/** A streak is counted back at most this many days (about three years), so a corrupt row cannot loop long. */
const STREAK_LIMIT_DAYS = 1100;

/**
 * The current streak, reading only the days it needs through the `end` index: the last week, then older
 * chunks only while every day of them was studied. Pass the last days when they are already read.
 */
export async function readStreakDays(
  now: number,
  timeZone: string,
  lastDays?: RecentDays['perDay'],
): Promise<number> {
  const horizon = horizonOf(now);
  let studied = (lastDays ?? (await readLastDays(now, timeZone))).map((day) => isStudied(day.ms));
  let streakDays = currentStreak(studied, studied.length - 1, true);
  // The streak reaches the oldest day read: count on into older days.
  while (streakDays === studied.length - (studied.at(-1) ? 0 : 1) && streakDays < STREAK_LIMIT_DAYS) {
    const older = await readDays(
      localDatesBack(now, timeZone, STREAK_CHUNK_DAYS, studied.length),
      timeZone,
      horizon,
    );
    studied = [...older.map((day) => isStudied(day.ms)), ...studied];
    const next = currentStreak(studied, studied.length - 1, true);
    if (next === streakDays) break;
    streakDays = next;
  }
  return streakDays;
}

/** The 7-day chart and the streak together. */
export async function readRecentDays(now: number, timeZone: string, days = 7): Promise<RecentDays> {
  const perDay = await readLastDays(now, timeZone, days);
  return { perDay, streakDays: await readStreakDays(now, timeZone, perDay) };
}
