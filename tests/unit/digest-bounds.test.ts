import { describe, expect, it } from 'vitest';
import { buildDigest, MAX_PERIOD_DAYS } from '@/storage/digest';
import { digestSchema } from '@/storage/schemas/digest';
import { NOW, PERIOD, shanghai, TIME_ZONE } from './support/digest-fixture';
import { makeSession } from './support/session-rows';

const options = { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: 180 };
const inWeek = makeSession({ start: shanghai('2026-11-18 10:00'), end: shanghai('2026-11-18 10:30') });

describe('the digest is bounded by its period, whatever the rows say', () => {
  it('a row ending in the year 9999 is cut at the period end: no day grid of millions of days', () => {
    const endless = makeSession({ start: shanghai('2026-11-22 23:00'), end: Date.UTC(9999, 11, 31) });
    // An unbounded grid took minutes (past the test's timeout); how long it takes is the bench's business.
    const digest = buildDigest({ sessions: [inWeek, endless], reflections: [] }, options);
    expect(digest.perDay).toHaveLength(7);
    expect(digest.perDay.at(-1)).toEqual({ date: '2026-11-22', minutes: 60 });
    expect(digest.totals.activeMinutes).toBe(90);
    expect(digest.sessions.find((s) => s.id === endless.id)?.end).toBe(shanghai('2026-11-23 00:00'));
    expect(digestSchema.safeParse(digest).success).toBe(true);
  });

  it('rows in five-digit years do not break the digest of an ordinary week', () => {
    const future = makeSession({ start: Date.UTC(10000, 0, 1), end: Date.UTC(10000, 0, 1) + 60_000 });
    const reaching = makeSession({ start: shanghai('2026-11-22 23:30'), end: Date.UTC(30000, 0, 1) });
    const digest = buildDigest({ sessions: [inWeek, future, reaching], reflections: [] }, options);
    expect(digest.totals.activeMinutes).toBe(60);
    expect(digest.totals.longestStreakDays).toBe(1);
  });

  it('a row reaching back to 1970 counts only inside the period and the year of streak history', () => {
    const ancient = makeSession({ start: 0, end: shanghai('2026-11-16 00:30') });
    const digest = buildDigest({ sessions: [ancient], reflections: [] }, options);
    expect(digest.perDay[0]).toEqual({ date: '2026-11-16', minutes: 30 });
    expect(digest.totals.activeMinutes).toBe(30);
    // The history before the period is looked at for one year at most.
    expect(digest.totals.longestStreakDays).toBeLessThanOrEqual(366 + 7);
  });

  it('study after the period does not change a past week’s digest', () => {
    const on = (date: string) =>
      makeSession({ start: shanghai(`${date} 10:00`), end: shanghai(`${date} 11:00`) });
    const week = [inWeek, on('2026-11-22')];
    const withLater = buildDigest(
      { sessions: [...week, on('2026-11-23'), on('2026-11-24')], reflections: [] },
      options,
    );
    const without = buildDigest({ sessions: week, reflections: [] }, options);
    expect(withLater.totals).toEqual(without.totals);
    expect(withLater.totals.longestStreakDays).toBe(1);
  });

  it('refuses a period longer than the bound with a clear error', () => {
    expect(MAX_PERIOD_DAYS).toBe(366);
    expect(() =>
      buildDigest({ sessions: [], reflections: [] }, { ...options, start: '2000-01-01', end: '9999-12-31' }),
    ).toThrow(/longer than 366 days/);
    const year = buildDigest(
      { sessions: [], reflections: [] },
      { ...options, start: '2024-01-01', end: '2024-12-31' },
    );
    expect(year.perDay).toHaveLength(366);
  });

  it('a "now" decades before the period costs nothing and gives no current streak', () => {
    const digest = buildDigest(
      { sessions: [inWeek], reflections: [] },
      { ...options, now: Date.UTC(2001, 0, 1) },
    );
    expect(digest.perDay).toHaveLength(7);
    expect(digest.totals.currentStreakDays).toBe(0);
  });
});
