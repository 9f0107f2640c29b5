import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '@/storage/digest';
import { minutesPerDayByKind, SESSION_KINDS } from '@/storage/digest/kind-split';
import type { SessionRow } from '@/storage/schemas/rows';
import { makeSession } from './support/session-rows';

const tenths = (minutes: number) => Math.round(minutes * 10);
const sumKinds = (minutes: Record<string, number>) =>
  SESSION_KINDS.reduce((sum, kind) => sum + tenths(minutes[kind] ?? 0), 0);

describe('minutes per day by kind', () => {
  const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'];
  const base = Date.UTC(2026, 2, 20);
  const sessionArb = fc
    .record({
      offset: fc.integer({ min: 0, max: 16 * 86_400_000 }),
      length: fc.integer({ min: 0, max: 6 * 3_600_000 }),
      kind: fc.constantFrom(...SESSION_KINDS),
    })
    .map(
      ({ offset, length, kind }): SessionRow =>
        makeSession({ start: base + offset, end: base + offset + length, kind }),
    );

  it("adds up, day by day, to the digest's perDay minutes, and each kind to the digest's kind totals", () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 40 }),
        fc.constantFrom(...zones),
        (sessions, timeZone) => {
          const period = { start: '2026-03-23', end: '2026-03-29', timeZone };
          const digest = buildDigest(
            { sessions, reflections: [] },
            { ...period, now: base, weeklyGoalMinutes: 180 },
          );
          const split = minutesPerDayByKind(sessions, period);
          expect(split.map((day) => day.date)).toEqual(digest.perDay.map((day) => day.date));
          split.forEach((day, i) => {
            expect(sumKinds(day.minutes)).toBe(tenths(digest.perDay[i]?.minutes ?? -1));
          });
          // Each day rounds on its own: a kind's week differs from the digest's by at most 0.1 a day.
          const kindWeek = (kind: 'media' | 'manual') =>
            split.reduce((sum, day) => sum + day.minutes[kind], 0);
          expect(Math.abs(kindWeek('media') - digest.totals.mediaMinutes)).toBeLessThanOrEqual(0.7001);
          expect(Math.abs(kindWeek('manual') - digest.totals.manualMinutes)).toBeLessThanOrEqual(0.7001);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives an overlap to the kind of higher priority and cuts a session at local midnight', () => {
    const at = (time: string) => Date.parse(`2026-03-24T${time}+08:00`);
    const sessions = [
      // 23:00–01:00 media across midnight; 23:30–00:00 input in another tab wins that half hour.
      makeSession({ id: 'm', start: at('23:00:00'), end: at('23:00:00') + 2 * 3_600_000, kind: 'media' }),
      makeSession({ id: 'i', start: at('23:30:00'), end: at('23:30:00') + 30 * 60_000, kind: 'input' }),
      // A manual entry that overlaps tracked time counts only where nothing tracked is.
      makeSession({
        id: 'h',
        start: at('23:45:00') + 3_600_000,
        end: at('23:45:00') + 2 * 3_600_000,
        kind: 'manual',
      }),
    ];
    const split = minutesPerDayByKind(sessions, {
      start: '2026-03-24',
      end: '2026-03-25',
      timeZone: 'Asia/Shanghai',
    });
    expect(split).toEqual([
      { date: '2026-03-24', minutes: { input: 30, media: 30, 'background-audio': 0, manual: 0 } },
      { date: '2026-03-25', minutes: { input: 0, media: 60, 'background-audio': 0, manual: 45 } },
    ]);
  });

  it('splits the rounding of a day so the kinds show the same total as the day', () => {
    const start = Date.parse('2026-03-24T09:00:00+08:00');
    // Three kinds of 20 s each: 0.3 min each exactly would round to 0.3 + 0.3 + 0.3 = 0.9 ≠ 1.0.
    const sessions = (['input', 'media', 'manual'] as const).map((kind, i) =>
      makeSession({ id: kind, start: start + i * 20_000, end: start + (i + 1) * 20_000, kind }),
    );
    const [day] = minutesPerDayByKind(sessions, {
      start: '2026-03-24',
      end: '2026-03-24',
      timeZone: 'Asia/Shanghai',
    });
    expect(day && sumKinds(day.minutes)).toBe(10);
  });
});
