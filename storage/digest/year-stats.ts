import type { Digest } from '../schemas/digest';
import type { SessionRow } from '../schemas/rows';
import { buildDigest } from './build-digest';

/** What the dashboard's Year view shows, from the digest of the calendar year. */
export interface YearStats {
  year: number;
  totals: Pick<Digest['totals'], 'activeMinutes' | 'daysStudied' | 'currentStreakDays' | 'longestStreakDays'>;
  /** Every day of the year, local `YYYY-MM-DD`, with its minutes (one decimal). */
  perDay: Digest['perDay'];
  /** The twelve months, `YYYY-MM`, with the sum of their days' minutes (one decimal). */
  perMonth: { month: string; minutes: number }[];
}

/**
 * The Year view's numbers: the digest of 1 January to 31 December (the one builder), so a day's minutes
 * and the streaks are the digest's. Streaks see the year's sessions only: the view reads one year.
 */
export function buildYearStats(
  sessions: readonly SessionRow[],
  options: { year: number; timeZone: string; now: number; weeklyGoalMinutes: number },
): YearStats {
  const digest = buildDigest(
    { sessions, reflections: [] },
    {
      start: `${options.year}-01-01`,
      end: `${options.year}-12-31`,
      timeZone: options.timeZone,
      now: options.now,
      weeklyGoalMinutes: options.weeklyGoalMinutes,
    },
  );
  const tenths = new Array<number>(12).fill(0);
  for (const day of digest.perDay) {
    const month = Number(day.date.slice(5, 7)) - 1;
    tenths[month] = (tenths[month] ?? 0) + Math.round(day.minutes * 10);
  }
  const { activeMinutes, daysStudied, currentStreakDays, longestStreakDays } = digest.totals;
  return {
    year: options.year,
    totals: { activeMinutes, daysStudied, currentStreakDays, longestStreakDays },
    perDay: digest.perDay,
    perMonth: tenths.map((sum, i) => ({
      month: `${options.year}-${String(i + 1).padStart(2, '0')}`,
      minutes: sum / 10,
    })),
  };
}
