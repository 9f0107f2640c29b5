import { type Interval, unionIntervals } from '../tracking/intervals';
import { dayBounds, localDate } from '../tracking/local-day';
import { addCalendarDays, calendarDaysBetween } from './calendar';
import { type DayGrid, dayGrid, msPerDay } from './day-grid';
import { isStudied } from './minutes';
import { currentStreak, longestStreak } from './streaks';

/** Days of history before the period read for streaks (storage/repositories/digest-source.ts reads as much). */
export const STREAK_LOOKBACK_DAYS = 366;

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The first and last local day the intervals touch within [from, to) ms, if any. Rows are clipped first, so
 * a row reaching 1970 or a five-digit year never stretches the day grid.
 */
function dataDays(
  intervals: readonly Interval[],
  from: number,
  to: number,
  timeZone: string,
): { first: string; last: string } | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const interval of intervals) {
    const start = Math.max(interval.start, from);
    const end = Math.min(interval.end, to);
    if (end <= start) continue;
    first = Math.min(first, start);
    last = Math.max(last, end - 1);
  }
  return first <= last ? { first: localDate(first, timeZone), last: localDate(last, timeZone) } : undefined;
}

/** The union of a period's study time cut at local midnights, over the period and the history before it. */
export interface StudyDays {
  /** The merged, sorted union of all intervals. */
  union: Interval[];
  /** Local days from `first` to the period's end, with their bounds. */
  grid: DayGrid;
  first: string;
  /** ms of the union on each day of the grid. */
  dayMs: number[];
  /** The day the current streak is counted back from: the period's end, or today if earlier. */
  anchor: string;
  today: string;
  currentStreakDays: number;
  longestStreakDays: number;
}

/**
 * One grid of local days over the period and the year before it (for streaks), so per-day minutes and both
 * streaks read the same union cut at local midnights. Intervals outside that window are cut off. The
 * digest (build-digest.ts) and the Year view both count days with this.
 */
export function studyDays(
  intervals: readonly Interval[],
  period: { start: string; end: string; timeZone: string; now: number },
): StudyDays {
  const { start, end, timeZone, now } = period;
  const today = localDate(now, timeZone);
  const anchor = earlier(end, today);
  const union = unionIntervals(intervals);
  const earliest = addCalendarDays(start, -STREAK_LOOKBACK_DAYS);
  const data = dataDays(
    intervals,
    dayBounds(earliest, timeZone).start,
    dayBounds(end, timeZone).end,
    timeZone,
  );
  const first = later(earliest, earlier(earlier(start, anchor), data?.first ?? start));
  const grid = dayGrid(first, end, timeZone);
  const dayMs = msPerDay(union, grid);
  const studied = dayMs.map(isStudied);
  return {
    union,
    grid,
    first,
    dayMs,
    anchor,
    today,
    currentStreakDays: currentStreak(studied, calendarDaysBetween(first, anchor), anchor === today),
    longestStreakDays: longestStreak(studied),
  };
}
