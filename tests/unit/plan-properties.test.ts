import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '@/storage/digest';
import { classHoursOf, countsToward, planProgress, plansProgress } from '@/storage/plans';
import type { PlanCounts } from '@/storage/schemas/plan';
import type { SessionRow } from '@/storage/schemas/rows';
import { unionMs } from '@/storage/tracking/intervals';
import { dayBounds } from '@/storage/tracking/local-day';
import { makePlanInput } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'];
const kinds = ['input', 'media', 'background-audio', 'manual'] as const;
// Around the March and autumn DST switches in the zones above.
const base = Date.UTC(2026, 2, 20);
const sessionArb = fc
  .record({
    offset: fc.integer({ min: 0, max: 40 * 86_400_000 }),
    length: fc.integer({ min: 0, max: 6 * 3_600_000 }),
    kind: fc.constantFrom(...kinds),
    course: fc.integer({ min: 0, max: 3 }),
    platform: fc.constantFrom('enaea', 'smartedu', 'manual'),
  })
  .map(
    ({ offset, length, kind, course, platform }): SessionRow =>
      makeSession({
        start: base + offset,
        end: base + offset + length,
        kind,
        platformId: platform,
        courseKey: `${platform}:c${course}`,
      }),
  );
const countsArb: fc.Arbitrary<PlanCounts> = fc.record({
  all: fc.boolean(),
  courseKeys: fc.subarray(['enaea:c0', 'enaea:c1', 'smartedu:c2', 'manual:c3']),
  platformIds: fc.subarray(['enaea', 'smartedu']),
  manual: fc.boolean(),
});
const planArb = fc
  .record({
    startDay: fc.integer({ min: 0, max: 20 }),
    days: fc.integer({ min: 1, max: 30 }),
    requiredClassHours: fc.integer({ min: 1, max: 400 }).map((n) => n / 4),
    classHourMinutes: fc.integer({ min: 10, max: 120 }),
    timeZone: fc.constantFrom(...zones),
    counts: countsArb,
  })
  .map(({ startDay, days, ...rest }) => {
    const day = (n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
    return makePlanInput({ ...rest, start: day(startDay), deadline: day(startDay + days - 1) });
  });
const nowArb = fc.integer({ min: base - 5 * 86_400_000, max: base + 60 * 86_400_000 });

describe('plan arithmetic (property)', () => {
  it('progress never exceeds the counted sessions: their sum, their union, or the wall time of the period', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 30 }), planArb, nowArb, (sessions, plan, now) => {
        const progress = planProgress(plan, sessions, { now });
        const counted = sessions.filter((s) => countsToward(plan.counts, s));
        const from = dayBounds(plan.start, plan.timeZone).start;
        const to = dayBounds(plan.deadline, plan.timeZone).end;
        const sum = counted.reduce((total, s) => total + (s.end - s.start), 0);
        const clipped = counted.map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }));
        expect(progress.trackedMs).toBeLessThanOrEqual(sum);
        expect(progress.trackedMs).toBeLessThanOrEqual(unionMs(clipped));
        expect(progress.trackedMs).toBeLessThanOrEqual(to - from);
        expect(progress.trackedClassHours).toBeLessThanOrEqual(classHoursOf(sum, plan.classHourMinutes));
        expect(progress.percent).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('per day, per course and per week add up to the tracked time', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 30 }), planArb, (sessions, plan) => {
        const progress = planProgress(plan, sessions, { now: base + 90 * 86_400_000 });
        const days = progress.perDay.reduce((total, d) => total + d.ms, 0);
        const courses = progress.perCourse.reduce((total, c) => total + c.minutes, 0);
        const weeks = progress.perWeek.reduce((total, w) => total + w.minutes, 0);
        expect(days).toBe(progress.trackedMs);
        expect(courses).toBeCloseTo(progress.trackedMs / 60_000, 0);
        expect(weeks).toBeCloseTo(progress.trackedMs / 60_000, 0);
      }),
    );
  });

  it('pace × remaining weeks covers the remainder, exactly and as shown (rounded up)', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 20 }), planArb, nowArb, (sessions, plan, now) => {
        const progress = planProgress(plan, sessions, { now });
        const remainingMs = Math.max(0, progress.requiredMs - progress.trackedMs);
        const { pace } = progress;
        if (remainingMs === 0 || progress.today > plan.deadline) {
          expect(pace).toBeUndefined();
          return;
        }
        if (!pace) throw new Error('a plan with time left before its deadline has a pace');
        expect(pace.neededMsPerWeek * pace.weeksLeft).toBeGreaterThanOrEqual(remainingMs * (1 - 1e-12));
        expect(pace.neededMinutesPerWeek * 60_000 * pace.weeksLeft).toBeGreaterThanOrEqual(
          remainingMs * (1 - 1e-12),
        );
        expect(pace.neededClassHoursPerWeek * pace.weeksLeft).toBeGreaterThanOrEqual(
          classHoursOf(remainingMs, plan.classHourMinutes) * (1 - 1e-12),
        );
      }),
    );
  });

  it('a plan counting all study over a week has the digest’s active minutes', () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 30 }),
        fc.constantFrom(...zones),
        (sessions, timeZone) => {
          const all = { all: true, courseKeys: [], platformIds: [], manual: false };
          const plan = makePlanInput({ start: '2026-03-23', deadline: '2026-03-29', timeZone, counts: all });
          const progress = planProgress(plan, sessions, { now: base + 30 * 86_400_000 });
          const digest = buildDigest(
            { sessions, reflections: [] },
            { start: plan.start, end: plan.deadline, timeZone, now: base, weeklyGoalMinutes: 0 },
          );
          expect(Math.round(progress.trackedMs / 6000) / 10).toBe(digest.totals.activeMinutes);
        },
      ),
    );
  });

  it('every plan computed from one shared attribution equals each plan computed on its own', () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 30 }),
        fc.array(planArb, { minLength: 1, maxLength: 4 }),
        nowArb,
        (sessions, plans, now) => {
          const shared = plansProgress(plans, sessions, { now });
          plans.forEach((plan, i) => {
            expect(shared[i]).toEqual(planProgress(plan, sessions, { now }));
          });
        },
      ),
    );
  });

  it('two plans allowed to share no session never count the same minute: together at most the union', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 30 }), planArb, (sessions, plan) => {
        const enaea = makePlanInput({
          ...plan,
          counts: { all: false, courseKeys: [], platformIds: ['enaea'], manual: false },
        });
        const smartedu = makePlanInput({
          ...plan,
          counts: { all: false, courseKeys: [], platformIds: ['smartedu'], manual: false },
        });
        const now = base + 90 * 86_400_000;
        const both =
          planProgress(enaea, sessions, { now }).trackedMs +
          planProgress(smartedu, sessions, { now }).trackedMs;
        const from = dayBounds(plan.start, plan.timeZone).start;
        const to = dayBounds(plan.deadline, plan.timeZone).end;
        const union = unionMs(
          sessions.map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) })),
        );
        expect(both).toBeLessThanOrEqual(union);
      }),
    );
  });
});
