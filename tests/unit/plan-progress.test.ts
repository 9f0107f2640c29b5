import { describe, expect, it } from 'vitest';
import { burnUp, nearestPlan, planProgress } from '@/storage/plans';
import { makePlanInput } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const MIN = 60_000;
/** 09:00 in Shanghai on a day of November 2026. */
const nov = (day: number, hour = 9) => Date.UTC(2026, 10, day, hour - 8);
const course = (key: string, start: number, minutes: number, kind: 'media' | 'input' | 'manual' = 'media') =>
  makeSession({ start, end: start + minutes * MIN, courseKey: key, courseTitle: `课程 ${key}`, kind });

describe('planProgress: counting', () => {
  it('counts only the chosen course, an overlap of two tabs once, and per course and week', () => {
    const plan = makePlanInput({
      counts: { all: false, courseKeys: ['a', 'b'], platformIds: [], manual: false },
    });
    const sessions = [
      course('a', nov(3), 90),
      course('a', nov(3) + 30 * MIN, 90), // second tab, 60 min overlap
      course('b', nov(10), 30),
      course('x', nov(4), 300), // not in the plan
    ];
    const progress = planProgress(plan, sessions, { now: nov(11) });
    expect(progress.trackedMs).toBe(150 * MIN);
    expect(progress.perCourse.map((c) => [c.courseKey, c.minutes])).toEqual([
      ['a', 120],
      ['b', 30],
    ]);
    expect(progress.perWeek).toEqual([
      { start: '2026-11-02', end: '2026-11-08', minutes: 120, classHours: 2.6 },
      { start: '2026-11-09', end: '2026-11-15', minutes: 30, classHours: 0.6 },
    ]);
    expect(progress.trackedClassHours).toBe(3.3); // 150 / 45 = 3.33…, cut down
    expect(progress.remainingClassHours).toBe(6.7); // 300 / 45 = 6.66…, rounded up
    expect(progress.percent).toBe(33);
  });

  it('clips sessions to the first and last local day of the plan in its time zone', () => {
    const plan = makePlanInput({ counts: { all: true, courseKeys: [], platformIds: [], manual: false } });
    const beforeMidnight = Date.UTC(2026, 10, 1, 15, 30); // 23:30 on 1 Nov in Shanghai
    const deadlineNight = Date.UTC(2026, 10, 29, 15, 30); // 23:30 on the deadline
    const progress = planProgress(plan, [course('a', beforeMidnight, 60), course('a', deadlineNight, 60)], {
      now: nov(30),
    });
    expect(progress.trackedMs).toBe(60 * MIN);
    expect(progress.perDay[0]).toEqual({ date: '2026-11-02', ms: 30 * MIN });
    expect(progress.perDay.at(-1)).toEqual({ date: '2026-11-29', ms: 30 * MIN });
  });

  it('gives an overlap to the course the one clock gives it (input before media), as the digest does', () => {
    const plan = makePlanInput({ counts: { all: false, courseKeys: ['a'], platformIds: [], manual: false } });
    const progress = planProgress(
      plan,
      [course('a', nov(3), 60, 'media'), course('b', nov(3), 30, 'input')],
      {
        now: nov(4),
      },
    );
    expect(progress.trackedMs).toBe(30 * MIN);
  });

  it('counts manual entries as a whole, or one kind of them by its course key', () => {
    const none = { all: false, courseKeys: [], platformIds: [], manual: false };
    const sessions = [
      course('manual:集中培训', nov(3), 60, 'manual'),
      course('manual:读书会', nov(4), 40, 'manual'),
    ];
    const all = planProgress(makePlanInput({ counts: { ...none, manual: true } }), sessions, { now: nov(5) });
    const kind = planProgress(
      makePlanInput({ counts: { ...none, courseKeys: ['manual:集中培训'] } }),
      sessions,
      {
        now: nov(5),
      },
    );
    expect(all.trackedMs).toBe(100 * MIN);
    expect(kind.trackedMs).toBe(60 * MIN);
  });

  it('shows the learner’s display name for a course and keeps the credited class hours apart', () => {
    const plan = makePlanInput({ creditedClassHours: 12 });
    const progress = planProgress(plan, [course('enaea:course:1', nov(3), 45)], {
      now: nov(4),
      courseNames: new Map([['enaea:course:1', 'AI 素养']]),
    });
    expect(progress.perCourse[0]?.title).toBe('AI 素养');
    expect(progress.trackedClassHours).toBe(1);
    expect(progress.creditedClassHours).toBe(12);
  });
});

describe('planProgress: pace, forecast and status', () => {
  const plan = makePlanInput({ counts: { all: true, courseKeys: [], platformIds: [], manual: false } });

  it('needs the rest spread over the days left (today included), rounded up', () => {
    // 450 min required, 120 done, 20 days left on 10 Nov: 330 / (20 / 7) = 115.5 min a week.
    const progress = planProgress(plan, [course('a', nov(3), 120)], { now: nov(10) });
    expect(progress.pace).toMatchObject({
      daysLeft: 20,
      neededMinutesPerWeek: 116,
      neededClassHoursPerWeek: 2.6,
    });
    expect((progress.pace?.neededMsPerWeek ?? 0) * (progress.pace?.weeksLeft ?? 0)).toBeCloseTo(330 * MIN, 3);
  });

  it('forecasts at the pace since the start when the plan is younger than four weeks, and is behind', () => {
    // 120 min in 9 days: 13.3 min a day; 330 min left take 25 more days: 5 Dec, after the deadline.
    const progress = planProgress(plan, [course('a', nov(3), 120)], { now: nov(10) });
    expect(progress.forecast.date).toBe('2026-12-05');
    expect(progress.forecast.recentClassHoursPerWeek).toBeCloseTo(((120 / 9) * 7) / 45, 9);
    expect(progress.status).toBe('behind');
  });

  it('is on track when the time done is at the straight line by the end of yesterday', () => {
    // By the end of 9 Nov (8 of 28 days), the line is at 450 × 8 / 28 = 128.6 min.
    const progress = planProgress(plan, [course('a', nov(3), 130)], { now: nov(10) });
    expect(progress.status).toBe('on-track');
  });

  it('is on track below the line when the last four weeks’ pace makes the deadline', () => {
    const late = makePlanInput({ ...plan, start: '2026-09-01' });
    // 300 min in the last four weeks (line: 345 by 9 Nov): 150 left take 14 days, 24 Nov.
    const sessions = [course('a', nov(1), 150), course('a', nov(8), 150)];
    const progress = planProgress(late, sessions, { now: nov(10) });
    expect(progress.forecast.date).toBe('2026-11-24');
    expect(progress.status).toBe('on-track');
  });

  it('is done on the day the requirement is reached, whenever that was, with no pace left', () => {
    const progress = planProgress(plan, [course('a', nov(3), 400), course('a', nov(5), 60)], {
      now: nov(20),
    });
    expect(progress).toMatchObject({
      status: 'done',
      completedOn: '2026-11-05',
      percent: 100,
      remainingClassHours: 0,
    });
    expect(progress.pace).toBeUndefined();
    expect(progress.forecast.date).toBe('2026-11-05');
  });

  it('is not started before the start (pace over the whole period) and ended after the deadline', () => {
    const early = planProgress(plan, [], { now: nov(1) });
    expect(early.status).toBe('not-started');
    expect(early.pace).toMatchObject({ daysLeft: 28, neededMinutesPerWeek: 113 });
    expect(early.perWeek).toEqual([]);
    const late = planProgress(plan, [course('a', nov(3), 60)], { now: nov(30) });
    expect(late.status).toBe('ended');
    expect(late.pace).toBeUndefined();
    expect(late.perWeek).toHaveLength(4);
  });

  it('has no forecast date when the recent pace would need more than ten years', () => {
    const slow = [makeSession({ start: nov(3), end: nov(3) + 1, courseKey: 'a' })];
    expect(planProgress(plan, slow, { now: nov(10) }).forecast.date).toBeUndefined();
  });

  it('has no forecast date when nothing was studied in the last four weeks', () => {
    const progress = planProgress(plan, [], { now: nov(10) });
    expect(progress.forecast).toEqual({ recentClassHoursPerWeek: 0 });
    expect(progress.status).toBe('behind');
  });
});

describe('a plan across a change of daylight saving time (Europe/Berlin, 29 March 2026)', () => {
  const plan = makePlanInput({
    start: '2026-03-23',
    deadline: '2026-04-05',
    timeZone: 'Europe/Berlin',
    requiredClassHours: 4,
    classHourMinutes: 60,
    counts: { all: true, courseKeys: [], platformIds: [], manual: false },
  });

  it('counts real elapsed time on the 23-hour day and clips at local midnights on both offsets', () => {
    const sessions = [
      // 22 Mar 23:00 → 23 Mar 01:00 CET: one hour is before the start.
      course('a', Date.UTC(2026, 2, 22, 22), 120),
      // 29 Mar 01:30 CET → 04:00 CEST: two and a half local hours, one and a half real ones.
      course('a', Date.UTC(2026, 2, 29, 0, 30), 90),
      // 5 Apr 23:30 → 6 Apr 00:30 CEST: half an hour is after the deadline.
      course('a', Date.UTC(2026, 3, 5, 21, 30), 60),
    ];
    const progress = planProgress(plan, sessions, { now: Date.UTC(2026, 3, 10) });
    expect(progress.trackedMs).toBe(180 * MIN);
    const day = (date: string) => progress.perDay.find((d) => d.date === date)?.ms;
    expect([day('2026-03-23'), day('2026-03-29'), day('2026-04-05')]).toEqual([60 * MIN, 90 * MIN, 30 * MIN]);
    expect(progress.perWeek.map((w) => [w.start, w.minutes])).toEqual([
      ['2026-03-23', 150],
      ['2026-03-30', 30],
    ]);
    expect(progress.status).toBe('ended');
  });

  it('counts days left in calendar days across the switch, not in 24-hour steps', () => {
    // 28 Mar 12:00 CET: 9 days left (28 Mar … 5 Apr), though one of them has 23 hours.
    const progress = planProgress(plan, [], { now: Date.UTC(2026, 2, 28, 11) });
    expect(progress.today).toBe('2026-03-28');
    expect(progress.pace?.daysLeft).toBe(9);
  });

  it('draws the burn-up chart to today and the goal line to the requirement on the deadline', () => {
    const progress = planProgress(plan, [course('a', Date.UTC(2026, 2, 24, 8), 60)], {
      now: Date.UTC(2026, 2, 25, 12),
    });
    const points = burnUp(plan, progress);
    expect(points).toHaveLength(14);
    expect(points.slice(0, 4).map((p) => p.cumulativeClassHours)).toEqual([0, 1, 1, undefined]);
    expect(points.at(-1)?.goalClassHours).toBe(4);
  });
});

describe('nearestPlan', () => {
  it('takes the earliest deadline not yet past in the plan’s own zone', () => {
    const a = makePlanInput({ name: 'A', deadline: '2026-11-29' });
    const b = makePlanInput({ name: 'B', deadline: '2026-12-31' });
    const past = makePlanInput({ name: 'C', deadline: '2026-11-09' });
    expect(nearestPlan([b, past, a], nov(10))?.name).toBe('A');
    expect(nearestPlan([b, past], nov(10))?.name).toBe('B');
    // 29 Nov 23:30 in Shanghai is still the deadline day.
    expect(nearestPlan([a], Date.UTC(2026, 10, 29, 15, 30))?.name).toBe('A');
    expect(nearestPlan([a], Date.UTC(2026, 10, 29, 16, 30))).toBeUndefined();
  });
});
