import { describe, expect, it } from 'vitest';
import { unionIntervals, unionMs } from '@/storage/tracking/intervals';

describe('unionIntervals', () => {
  it('merges overlapping intervals so two tabs never count twice', () => {
    expect(unionIntervals([{ start: 0, end: 10 }, { start: 5, end: 20 }, { start: 30, end: 40 }])).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 40 },
    ]);
    expect(unionMs([{ start: 0, end: 10 }, { start: 0, end: 10 }])).toBe(10);
  });
});
