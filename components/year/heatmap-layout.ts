import { addCalendarDays, calendarDaysBetween } from '@/storage/digest/calendar';
import { weekContaining } from '@/storage/tracking/weeks';

/** Minutes at which a day's shade steps up: none, under 15, 15–30, 30–60, 60 or more. */
const LEVEL_STEPS = [15, 30, 60];

/** A day's shade, 0 (no study) to 4. */
export function heatLevel(minutes: number): 0 | 1 | 2 | 3 | 4 {
  if (minutes <= 0) return 0;
  const above = LEVEL_STEPS.filter((step) => minutes >= step).length;
  return (above + 1) as 1 | 2 | 3 | 4;
}

/**
 * The year as a contribution graph: one column per ISO week (Monday first), one row per weekday; days
 * outside the year are `undefined`.
 */
export function heatmapColumns(first: string, last: string): (string | undefined)[][] {
  const monday = weekContaining(first).start;
  const columns: (string | undefined)[][] = [];
  for (let start = monday; start <= last; start = addCalendarDays(start, 7)) {
    columns.push(
      Array.from({ length: 7 }, (_, day) => {
        const date = addCalendarDays(start, day);
        return date < first || date > last ? undefined : date;
      }),
    );
  }
  return columns;
}

/**
 * Where a key moves the focused day in the graph (ARIA grid pattern: arrows by cell, Home/End to the
 * first and last day), kept within the year; `undefined` for keys that do not move.
 */
export function moveDay(date: string, key: string, first: string, last: string): string | undefined {
  const step: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 };
  let next: string;
  if (key === 'Home') next = first;
  else if (key === 'End') next = last;
  else if (key in step) next = addCalendarDays(date, step[key] ?? 0);
  else return undefined;
  if (calendarDaysBetween(first, next) < 0) return first;
  if (calendarDaysBetween(next, last) < 0) return last;
  return next;
}
