import { describe, expect, it } from 'vitest';
import { msOnDay, msToday } from '@/storage/tracking/day-totals';
import { dayBounds } from '@/storage/tracking/local-day';

const MIN = 60_000;
const HOUR = 60 * MIN;
const SHANGHAI = 'Asia/Shanghai';
/** 2026-04-15 00:00 in Shanghai. */
const MIDNIGHT = Date.UTC(2026, 3, 14, 16, 0, 0);

describe('msOnDay', () => {
  it('a session across local midnight counts on both days, each its own part', () => {
    const session = { start: MIDNIGHT - 20 * MIN, end: MIDNIGHT + 35 * MIN };
    expect(msOnDay([session], '2026-04-14', SHANGHAI)).toBe(20 * MIN);
    expect(msOnDay([session], '2026-04-15', SHANGHAI)).toBe(35 * MIN);
    expect(msOnDay([session], '2026-04-16', SHANGHAI)).toBe(0);
  });

  it('overlapping sessions (two tabs) count once', () => {
    const sessions = [
      { start: MIDNIGHT + 9 * HOUR, end: MIDNIGHT + 10 * HOUR },
      { start: MIDNIGHT + 9.5 * HOUR, end: MIDNIGHT + 10.5 * HOUR },
    ];
    expect(msOnDay(sessions, '2026-04-15', SHANGHAI)).toBe(1.5 * HOUR);
  });

  it("a day's total never exceeds 24 h even with many overlapping multi-day sessions", () => {
    const sessions = Array.from({ length: 30 }, (_, i) => ({
      start: MIDNIGHT - (i + 1) * HOUR,
      end: MIDNIGHT + (24 + i) * HOUR,
    }));
    expect(msOnDay(sessions, '2026-04-15', SHANGHAI)).toBe(24 * HOUR);
  });

  it("a day's total never exceeds its wall time on a 23-hour DST day", () => {
    const { start, end } = dayBounds('2026-03-29', 'Europe/Berlin');
    const sessions = Array.from({ length: 10 }, (_, i) => ({ start: start - i * HOUR, end: end + i * HOUR }));
    expect(msOnDay(sessions, '2026-03-29', 'Europe/Berlin')).toBe(23 * HOUR);
  });

  it('the same sessions split differently by time zone', () => {
    const session = { start: Date.UTC(2026, 3, 14, 15, 0, 0), end: Date.UTC(2026, 3, 14, 17, 0, 0) };
    expect(msOnDay([session], '2026-04-14', SHANGHAI)).toBe(HOUR);
    expect(msOnDay([session], '2026-04-14', 'UTC')).toBe(2 * HOUR);
  });
});

describe('msToday', () => {
  it('counts the local day that contains now', () => {
    const sessions = [
      { start: MIDNIGHT - 30 * MIN, end: MIDNIGHT + 10 * MIN },
      { start: MIDNIGHT + 2 * HOUR, end: MIDNIGHT + 2 * HOUR + 5 * MIN },
    ];
    expect(msToday(sessions, MIDNIGHT + 3 * HOUR, SHANGHAI)).toBe(15 * MIN);
    expect(msToday(sessions, MIDNIGHT - 1, SHANGHAI)).toBe(30 * MIN);
  });
});
