import { type Interval, unionIntervals, unionMs } from '@/storage/tracking/intervals';

/** The parts common to the unions of `a` and `b`. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = unionIntervals(a);
  const right = unionIntervals(b);
  const common: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const l = left[i] as Interval;
    const r = right[j] as Interval;
    const start = Math.max(l.start, r.start);
    const end = Math.min(l.end, r.end);
    if (end > start) common.push({ start, end });
    if (l.end < r.end) i++;
    else j++;
  }
  return common;
}

/** ms of the union of `a` that lie outside the union of `b`. */
export function msOutside(a: readonly Interval[], b: readonly Interval[]): number {
  return unionMs(a) - unionMs(intersectIntervals(a, b));
}

/** Moves intervals given as offsets from `origin` onto the epoch. */
export function atOrigin(intervals: readonly Interval[], origin: number): Interval[] {
  return intervals.map((i) => ({ start: origin + i.start, end: origin + i.end }));
}
