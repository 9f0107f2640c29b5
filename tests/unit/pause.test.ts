import { describe, expect, it } from 'vitest';
import { readPageSettings } from '@/entrypoints/platform.content/page-settings';
import { DEFAULT_SETTINGS, parseSettings } from '@/storage/schemas/settings';
import { isPaused } from '@/storage/tracking/pause';
import { nextLocalMidnight, pauseEnd } from '@/storage/tracking/pause-end';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const MIN = 60_000;

describe('isPaused', () => {
  it('is false when not paused, whatever pausedUntil says', () => {
    expect(isPaused({ paused: false }, T0)).toBe(false);
    expect(isPaused({ paused: false, pausedUntil: T0 + MIN }, T0)).toBe(false);
  });

  it('a pause without an end lasts until resumed', () => {
    expect(isPaused({ paused: true }, T0 + 365 * 24 * 60 * MIN)).toBe(true);
  });

  it('a timed pause holds before its end and is over at its end', () => {
    const settings = { paused: true, pausedUntil: T0 + 15 * MIN };
    expect(isPaused(settings, T0)).toBe(true);
    expect(isPaused(settings, T0 + 15 * MIN - 1)).toBe(true);
    expect(isPaused(settings, T0 + 15 * MIN)).toBe(false);
  });
});

describe('pause ends', () => {
  it('15 minutes and 1 hour from now', () => {
    expect(pauseEnd('15min', T0, 'Asia/Shanghai')).toBe(T0 + 15 * MIN);
    expect(pauseEnd('1hour', T0, 'Asia/Shanghai')).toBe(T0 + 60 * MIN);
  });

  it('"until tomorrow" is the next local midnight in the user time zone', () => {
    // 2026-04-15 10:00 in Shanghai → 2026-04-16 00:00 Shanghai = 2026-04-15 16:00 UTC.
    expect(pauseEnd('tomorrow', T0, 'Asia/Shanghai')).toBe(Date.UTC(2026, 3, 15, 16, 0, 0));
    // The same instant is 2026-04-14 22:00 in New York (EDT, UTC−4) → midnight 2026-04-15 04:00 UTC.
    expect(pauseEnd('tomorrow', T0, 'America/New_York')).toBe(Date.UTC(2026, 3, 15, 4, 0, 0));
  });

  it('a day that a DST change shortens still ends at the calendar midnight', () => {
    // Berlin 2026-03-29 has 23 hours; 01:00 CET = 00:00 UTC; next midnight is 2026-03-30 00:00 CEST = 03-29 22:00 UTC.
    expect(nextLocalMidnight(Date.UTC(2026, 2, 29, 0, 0, 0), 'Europe/Berlin')).toBe(
      Date.UTC(2026, 2, 29, 22, 0, 0),
    );
  });
});

describe('pausedUntil in stored settings', () => {
  it('defaults to absent with no migration: stored version-2 settings without it parse unchanged', () => {
    expect(DEFAULT_SETTINGS.pausedUntil).toBeUndefined();
    const stored = { ...DEFAULT_SETTINGS, paused: true };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('keeps a valid end and drops an invalid one field by field', () => {
    expect(parseSettings({ paused: true, pausedUntil: T0 }).pausedUntil).toBe(T0);
    for (const bad of ['soon', -5, 1.5, null]) {
      const settings = parseSettings({ paused: true, pausedUntil: bad, weeklyGoalMinutes: 300 });
      expect(settings.pausedUntil).toBeUndefined();
      expect(settings.weeklyGoalMinutes).toBe(300);
    }
  });

  it('reaches the page as the schema reads it', () => {
    expect(readPageSettings({ paused: true, pausedUntil: T0 })).toMatchObject({
      paused: true,
      pausedUntil: T0,
    });
    expect(readPageSettings({ paused: true, pausedUntil: 'later' }).pausedUntil).toBeUndefined();
    expect(readPageSettings({}).pausedUntil).toBeUndefined();
  });
});
