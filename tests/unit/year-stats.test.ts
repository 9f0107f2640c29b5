import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '@/storage/digest';
import { buildYearStats } from '@/storage/digest/year-stats';
import type { SessionRow } from '@/storage/schemas/rows';
import { makeSession } from './support/session-rows';

describe('the Year view numbers', () => {
  const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York'];
  const yearStart = Date.UTC(2026, 0, 1);
  const sessionArb = fc
    .record({
      // A few days either side of the year, so rows across its bounds are cut like the digest cuts them.
      offset: fc.integer({ min: -3 * 86_400_000, max: 368 * 86_400_000 }),
      length: fc.integer({ min: 0, max: 5 * 3_600_000 }),
      kind: fc.constantFrom('input', 'media', 'background-audio', 'manual' as const),
    })
    .map(
      ({ offset, length, kind }): SessionRow =>
        makeSession({ start: yearStart + offset, end: yearStart + offset + length, kind }),
    );

  it('equal the digest of 1 January to 31 December: every day, the total, days studied, both streaks', () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 60 }),
        fc.constantFrom(...zones),
        fc.integer({ min: -20, max: 400 }),
        (sessions, timeZone, nowDay) => {
          const now = yearStart + nowDay * 86_400_000 + 43_200_000;
          const stats = buildYearStats(sessions, { year: 2026, timeZone, now });
          const digest = buildDigest(
            { sessions, reflections: [] },
            { start: '2026-01-01', end: '2026-12-31', timeZone, now, weeklyGoalMinutes: 180 },
          );
          expect(stats.perDay).toEqual(digest.perDay);
          expect(stats.totals).toEqual({
            activeMinutes: digest.totals.activeMinutes,
            daysStudied: digest.totals.daysStudied,
            currentStreakDays: digest.totals.currentStreakDays,
            longestStreakDays: digest.totals.longestStreakDays,
          });
          const monthTenths = stats.perMonth.reduce((sum, m) => sum + Math.round(m.minutes * 10), 0);
          const dayTenths = digest.perDay.reduce((sum, d) => sum + Math.round(d.minutes * 10), 0);
          expect(monthTenths).toBe(dayTenths);
        },
      ),
      { numRuns: 60 },
    );
  });
});
