import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserWeekActions } from '@/entrypoints/dashboard/stats-actions';
import { getDb } from '@/storage/db';
import { planProgress } from '@/storage/plans';
import { followedGoalMinutes, nearestPlanGlance, popupPlanFigures } from '@/storage/repositories/plan-glance';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { makePlanRow } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const at = (iso: string) => Date.parse(`${iso}+08:00`);
const NOW = at('2026-11-18T12:00');
const near = makePlanRow({ id: 'near', name: '近的计划', deadline: '2026-11-29', requiredClassHours: 20 });
const far = makePlanRow({
  id: 'far',
  name: '远的计划',
  deadline: '2026-12-31',
  counts: { all: false, courseKeys: [], platformIds: ['smartedu'], manual: false },
});
const sessions = [
  makeSession({ start: at('2026-11-03T09:00'), end: at('2026-11-03T11:00') }),
  makeSession({ start: at('2026-11-17T09:00'), end: at('2026-11-17T10:00') }),
];

beforeEach(async () => {
  await getDb().plans.clear();
  await getDb().sessions.clear();
  await getDb().plans.bulkPut([near, far]);
  await getDb().sessions.bulkPut(sessions);
});

describe('the weekly goal following a plan', () => {
  it("is the followed plan's pace needed from today, in whole minutes", async () => {
    const expected = planProgress(near, sessions, { now: NOW }).pace?.neededMinutesPerWeek;
    expect(expected).toBeGreaterThan(0);
    expect(await followedGoalMinutes('near', NOW)).toBe(expected);
  });

  it('is undefined (the fixed goal applies) when no plan is followed or the plan was deleted', async () => {
    expect(await followedGoalMinutes('', NOW)).toBeUndefined();
    await getDb().plans.delete('near');
    expect(await followedGoalMinutes('near', NOW)).toBeUndefined();
  });

  it("is the Week view's goal when the setting names the plan", async () => {
    const expected = planProgress(near, sessions, { now: NOW }).pace?.neededMinutesPerWeek;
    const follow = browserWeekActions(
      () => ({ ...DEFAULT_SETTINGS, timeZone: 'Asia/Shanghai', goalFollowsPlan: 'near' }),
      () => NOW,
    );
    const fixed = browserWeekActions(
      () => ({ ...DEFAULT_SETTINGS, timeZone: 'Asia/Shanghai', weeklyGoalMinutes: 123 }),
      () => NOW,
    );
    const week = { start: '2026-11-16', end: '2026-11-22' };
    expect((await follow.load(week)).digest.goal.weeklyMinutes).toBe(expected);
    expect((await fixed.load(week)).digest.goal.weeklyMinutes).toBe(123);
  });
});

describe('the popup glance', () => {
  it('is the plan with the nearest deadline, with its progress from its own period', async () => {
    const glance = await nearestPlanGlance(NOW);
    expect(glance?.name).toBe('近的计划');
    expect(glance?.progress.trackedMs).toBe(3 * 3_600_000);
  });

  it('is undefined when every plan has ended', async () => {
    expect(await nearestPlanGlance(at('2027-01-05T12:00'))).toBeUndefined();
  });
});

describe("the popup's plan figures", () => {
  it('read the sessions once when the followed plan is the nearest one, with the same figures', async () => {
    const glance = await nearestPlanGlance(NOW);
    const goal = await followedGoalMinutes('near', NOW);
    const where = vi.spyOn(getDb().sessions, 'where');
    try {
      expect(await popupPlanFigures('near', NOW)).toEqual({ glance, goal });
      expect(where).toHaveBeenCalledTimes(1);
    } finally {
      where.mockRestore();
    }
  });

  it('give the goal of a followed plan that is not the nearest, and none when nothing is followed', async () => {
    const goal = await followedGoalMinutes('far', NOW);
    expect((await popupPlanFigures('far', NOW)).goal).toBe(goal);
    expect(await popupPlanFigures('', NOW)).toEqual({ glance: await nearestPlanGlance(NOW) });
  });
});
