import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '@/storage/digest';
import { digestSchema } from '@/storage/schemas/digest';
import type { SessionRow } from '@/storage/schemas/rows';
import { msOnDay } from '@/storage/tracking/day-totals';
import { clipIntervals, unionMs } from '@/storage/tracking/intervals';
import { dayBounds } from '@/storage/tracking/local-day';
import { makeSession } from './support/session-rows';

describe('buildDigest invariants (property)', () => {
  const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'];
  const kinds = ['input', 'media', 'background-audio', 'manual'] as const;
  const base = Date.UTC(2026, 2, 20);
  const sessionArb = fc
    .record({
      offset: fc.integer({ min: 0, max: 16 * 86_400_000 }),
      length: fc.integer({ min: 0, max: 6 * 3_600_000 }),
      kind: fc.constantFrom(...kinds),
      course: fc.integer({ min: 0, max: 3 }),
      lesson: fc.integer({ min: 0, max: 2 }),
    })
    .map(
      ({ offset, length, kind, course, lesson }): SessionRow =>
        makeSession({
          start: base + offset,
          end: base + offset + length,
          kind,
          courseKey: `c${course}`,
          courseTitle: `课程 ${course}`,
          lessonKey: `c${course}/l${lesson}`,
          lessonTitle: `第 ${lesson} 讲`,
        }),
    );

  it('matches the union cut at each local day, adds up, and never exceeds the wall time', () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 40 }),
        fc.constantFrom(...zones),
        (sessions, timeZone) => {
          const digest = buildDigest(
            { sessions, reflections: [] },
            { start: '2026-03-23', end: '2026-03-29', timeZone, now: base, weeklyGoalMinutes: 180 },
          );
          const from = dayBounds('2026-03-23', timeZone).start;
          const to = dayBounds('2026-03-29', timeZone).end;
          const toMinutes = (ms: number) => Math.round(ms / 6000) / 10;
          expect(digest.totals.activeMinutes).toBe(toMinutes(unionMs(clipIntervals(sessions, from, to))));
          for (const day of digest.perDay) {
            const bounds = dayBounds(day.date, timeZone);
            expect(day.minutes).toBe(toMinutes(msOnDay(sessions, day.date, timeZone)));
            expect(day.minutes).toBeLessThanOrEqual((bounds.end - bounds.start) / 60_000);
          }
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          const slack = 0.05 * (sessions.length + 1) + 1e-9;
          expect(
            Math.abs(sum(digest.courses.map((c) => c.minutes)) - digest.totals.activeMinutes),
          ).toBeLessThanOrEqual(slack);
          expect(
            Math.abs(sum(digest.sessions.map((s) => s.minutes)) - digest.totals.activeMinutes),
          ).toBeLessThanOrEqual(slack);
          // Each total is rounded on its own (±0.05 each); 1e-9 absorbs the float error of adding them.
          expect(digest.totals.mediaMinutes + digest.totals.manualMinutes).toBeLessThanOrEqual(
            digest.totals.activeMinutes + 0.1 + 1e-9,
          );
          expect(digestSchema.safeParse(digest).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
