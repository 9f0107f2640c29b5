import { dayGrid, msPerDay } from '@/storage/digest/day-grid';
import { type Interval, unionIntervals } from '@/storage/tracking/intervals';
import { localDate } from '@/storage/tracking/local-day';
import { weeksOf } from './plan-days';

/**
 * The most minutes the learner studied in one ISO week (Monday to Sunday, local), over the union of all
 * intervals: what a pace needed is compared with. 0 without study.
 */
export function bestWeekMinutes(intervals: readonly Interval[], timeZone: string): number {
  const union = unionIntervals(intervals);
  const first = union[0];
  const last = union.at(-1);
  if (!first || !last) return 0;
  // The union cut at local midnights once, its days summed by week (not the whole union clipped per week).
  const grid = dayGrid(localDate(first.start, timeZone), localDate(last.end - 1, timeZone), timeZone);
  const weeks = weeksOf(grid.dates, msPerDay(union, grid));
  return weeks.reduce((best, week) => Math.max(best, week.ms), 0) / 60_000;
}
