import { describe, expect, it } from 'vitest';
import { clipIntervals, unionIntervals, unionMs } from '@/storage/tracking/intervals';

describe('unionIntervals', () => {
  it('merges overlapping intervals so two tabs never count twice', () => {
    expect(
      unionIntervals([
        { start: 0, end: 10 },
        { start: 5, end: 20 },
        { start: 30, end: 40 },
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 40 },
    ]);
    expect(
      unionMs([
        { start: 0, end: 10 },
        { start: 0, end: 10 },
      ]),
    ).toBe(10);
  });

  it('merges touching intervals into one', () => {
    expect(
      unionIntervals([
        { start: 0, end: 10 },
        { start: 10, end: 20 },
      ]),
    ).toEqual([{ start: 0, end: 20 }]);
  });

  it('sorts unordered input', () => {
    expect(
      unionIntervals([
        { start: 50, end: 60 },
        { start: 0, end: 5 },
        { start: 20, end: 30 },
      ]),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 20, end: 30 },
      { start: 50, end: 60 },
    ]);
  });

  it('an interval contained in another adds nothing', () => {
    expect(
      unionIntervals([
        { start: 0, end: 100 },
        { start: 10, end: 20 },
        { start: 30, end: 40 },
      ]),
    ).toEqual([{ start: 0, end: 100 }]);
  });

  it('drops empty and reversed intervals', () => {
    expect(
      unionIntervals([
        { start: 5, end: 5 },
        { start: 10, end: 2 },
      ]),
    ).toEqual([]);
    expect(
      unionMs([
        { start: 5, end: 5 },
        { start: 10, end: 2 },
        { start: 0, end: 3 },
      ]),
    ).toBe(3);
  });

  it('an empty list has an empty union of length 0', () => {
    expect(unionIntervals([])).toEqual([]);
    expect(unionMs([])).toBe(0);
  });

  it('never mutates its input, even when merging', () => {
    const input = [
      { start: 0, end: 10 },
      { start: 5, end: 20 },
    ];
    const copy = structuredClone(input);
    unionIntervals(input);
    expect(input).toEqual(copy);
  });

  it('the union of many copies of one session is that session', () => {
    const session = { start: 1_000, end: 61_000 };
    expect(unionMs(Array.from({ length: 50 }, () => ({ ...session })))).toBe(60_000);
  });

  it('the union is never longer than the span from earliest start to latest end', () => {
    const intervals = Array.from({ length: 200 }, (_, i) => ({
      start: (i * 7919) % 10_000,
      end: ((i * 7919) % 10_000) + ((i * 31) % 500) + 1,
    }));
    const span = Math.max(...intervals.map((i) => i.end)) - Math.min(...intervals.map((i) => i.start));
    const total = unionMs(intervals);
    expect(total).toBeLessThanOrEqual(span);
    expect(total).toBeGreaterThan(0);
  });
});

describe('clipIntervals', () => {
  it('cuts the parts outside [from, to) and keeps the inside', () => {
    expect(
      clipIntervals(
        [
          { start: 0, end: 15 },
          { start: 20, end: 30 },
          { start: 35, end: 50 },
        ],
        10,
        40,
      ),
    ).toEqual([
      { start: 10, end: 15 },
      { start: 20, end: 30 },
      { start: 35, end: 40 },
    ]);
  });

  it('drops intervals entirely outside, including ones that only touch the edges', () => {
    expect(
      clipIntervals(
        [
          { start: 0, end: 10 },
          { start: 40, end: 50 },
        ],
        10,
        40,
      ),
    ).toEqual([]);
  });

  it('an interval covering the whole window is cut to the window', () => {
    expect(clipIntervals([{ start: -100, end: 100 }], 0, 10)).toEqual([{ start: 0, end: 10 }]);
  });

  it('does not merge overlaps (that is the union’s job)', () => {
    expect(
      clipIntervals(
        [
          { start: 0, end: 10 },
          { start: 5, end: 15 },
        ],
        0,
        20,
      ),
    ).toHaveLength(2);
  });
});
