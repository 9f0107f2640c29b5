import { clipIntervals, type Interval, unionMs } from './intervals';
import { dayBounds, localDate } from './local-day';

/**
 * Engaged ms on one local day: the union of all intervals cut at the day's midnights, so a session
 * across midnight counts on both days and a day never exceeds its wall time.
 */
export function msOnDay(intervals: readonly Interval[], date: string, timeZone: string): number {
  const { start, end } = dayBounds(date, timeZone);
  return unionMs(clipIntervals(intervals, start, end));
}

/** Engaged ms on the local day that contains `now`. */
export function msToday(intervals: readonly Interval[], now: number, timeZone: string): number {
  return msOnDay(intervals, localDate(now, timeZone), timeZone);
}
