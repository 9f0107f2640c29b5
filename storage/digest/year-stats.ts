import type { Digest } from '../schemas/digest';
import type { Interval } from '../tracking/intervals';
import { addCalendarDays, calendarDaysBetween } from './calendar';
import { isStudied, toMinutes } from './minutes';
import { studyDays } from './study-days';

/** What the dashboard's Year view shows: the numbers the digest of the calendar year would carry. */
export interface YearStats {
  year: number;
  totals: Pick<Digest['totals'], 'activeMinutes' | 'daysStudied' | 'currentStreakDays' | 'longestStreakDays'>;
  /** Every day of the year, local `YYYY-MM-DD`, with its minutes (one decimal). */
  perDay: Digest['perDay'];
  /** The twelve months, `YYYY-MM`, with the sum of their days' minutes (one decimal). */
  perMonth: { month: string; minutes: number }[];
}

/**
 * The Year view's numbers, counted by the digest's own day counting (study-days.ts), so they equal
 * `buildDigest` of 1 January to 31 December on the same rows; without the digest's per-session
 * attribution, course tallies and session list, which the view does not show and a year of rows makes
 * slow. Streaks see the rows given: the view reads one year.
 */
export function buildYearStats(
  sessions: readonly Interval[],
  options: { year: number; timeZone: string; now: number },
): YearStats {
  const start = `${options.year}-01-01`;
  const end = `${options.year}-12-31`;
  const days = studyDays(
    sessions.filter((s) => s.end > s.start),
    { start, end, timeZone: options.timeZone, now: options.now },
  );
  const offset = calendarDaysBetween(days.first, start);
  const yearMs = days.dayMs.slice(offset);
  const perDay = yearMs.map((ms, i) => ({ date: addCalendarDays(start, i), minutes: toMinutes(ms) }));
  const tenths = new Array<number>(12).fill(0);
  for (const day of perDay) {
    const month = Number(day.date.slice(5, 7)) - 1;
    tenths[month] = (tenths[month] ?? 0) + Math.round(day.minutes * 10);
  }
  return {
    year: options.year,
    totals: {
      activeMinutes: toMinutes(yearMs.reduce((sum, ms) => sum + ms, 0)),
      daysStudied: yearMs.filter(isStudied).length,
      currentStreakDays: days.currentStreakDays,
      longestStreakDays: days.longestStreakDays,
    },
    perDay,
    perMonth: tenths.map((sum, i) => ({
      month: `${options.year}-${String(i + 1).padStart(2, '0')}`,
      minutes: sum / 10,
    })),
  };
}
