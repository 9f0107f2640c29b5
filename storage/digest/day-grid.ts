import { tzOffset } from '@date-fns/tz';
import type { Interval } from '../tracking/intervals';
import { dayBounds } from '../tracking/local-day';
import { addCalendarDays, datesFrom } from './calendar';

const MINUTE_MS = 60_000;

/** Consecutive local days and the instants they start at; `starts` has one more entry: the last day's end. */
export interface DayGrid {
  dates: string[];
  starts: number[];
}

/**
 * The instant the local day `date` starts and the UTC offset there, guessing first the offset of the day
 * before: one offset lookup per day. Anything unusual (a midnight that a DST switch skips) falls back to
 * `dayBounds`, the library's answer (the first instant of that day).
 */
function nextMidnight(
  date: string,
  offsetBefore: number,
  timeZone: string,
): { start: number; offset: number } {
  const naive = Date.parse(`${date}T00:00:00Z`);
  let offset = offsetBefore;
  for (let attempt = 0; attempt < 2; attempt++) {
    const guess = naive - offset * MINUTE_MS;
    const actual = tzOffset(timeZone, new Date(guess));
    if (actual === offset) return { start: guess, offset };
    offset = actual;
  }
  const start = dayBounds(date, timeZone).start;
  return { start, offset: tzOffset(timeZone, new Date(start)) };
}

/**
 * Every local day from `first` to `last` (inclusive) with its bounds in `timeZone`. Built once per digest,
 * so mapping thousands of sessions to days needs no per-session time-zone lookup (tens of µs each).
 */
export function dayGrid(first: string, last: string, timeZone: string): DayGrid {
  // One day more than asked: its start is the end of the last day.
  const dates = datesFrom(first, addCalendarDays(last, 1));
  const starts = [dayBounds(first, timeZone).start];
  let offset = tzOffset(timeZone, new Date(starts[0] ?? 0));
  for (let i = 1; i < dates.length; i++) {
    const next = nextMidnight(dates[i] ?? first, offset, timeZone);
    starts.push(next.start);
    offset = next.offset;
  }
  dates.pop();
  return { dates, starts };
}

/**
 * Milliseconds of the (already merged, sorted) union on each day of the grid: the union cut at local
 * midnights, so a session across midnight counts on both days and no day exceeds its wall time.
 */
export function msPerDay(union: readonly Interval[], grid: DayGrid): number[] {
  const { starts } = grid;
  const totals = new Array<number>(grid.dates.length).fill(0);
  const gridStart = starts[0] ?? 0;
  const gridEnd = starts[grid.dates.length] ?? 0;
  let day = 0;
  for (const interval of union) {
    let start = Math.max(interval.start, gridStart);
    const end = Math.min(interval.end, gridEnd);
    if (end <= start) continue;
    while ((starts[day + 1] ?? Number.POSITIVE_INFINITY) <= start) day++;
    while (start < end) {
      const dayEnd = starts[day + 1] ?? Number.POSITIVE_INFINITY;
      const pieceEnd = Math.min(end, dayEnd);
      totals[day] = (totals[day] ?? 0) + (pieceEnd - start);
      start = pieceEnd;
      if (start === dayEnd) day++;
    }
  }
  return totals;
}
