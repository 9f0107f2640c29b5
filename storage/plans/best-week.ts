import { clipIntervals, type Interval, unionMs } from '@/storage/tracking/intervals';
import { dayBounds } from '@/storage/tracking/local-day';
import { isoWeekOf, shiftWeek } from '@/storage/tracking/weeks';

/**
 * The most minutes the learner studied in one ISO week (Monday to Sunday, local), over the union of all
 * intervals: what a pace needed is compared with. 0 without study.
 */
export function bestWeekMinutes(intervals: readonly Interval[], timeZone: string): number {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const first = sorted[0];
  if (!first) return 0;
  const last = Math.max(...sorted.map((i) => i.end));
  let best = 0;
  let week = isoWeekOf(first.start, timeZone);
  for (;;) {
    const from = dayBounds(week.start, timeZone).start;
    if (from >= last) break;
    const to = dayBounds(week.end, timeZone).end;
    best = Math.max(best, unionMs(clipIntervals(sorted, from, to)));
    week = shiftWeek(week.start, 1);
  }
  return best / 60_000;
}
