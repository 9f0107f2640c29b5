import { beforeEach, describe, expect, it, vi } from 'vitest';
import { databasePlanReminderSource } from '@/entrypoints/background/plan-reminder-source';
import { getDb } from '@/storage/db';
import { planProgress } from '@/storage/plans';
import { bestWeekMinutes } from '@/storage/plans/best-week';
import { makePlanRow } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const at = (iso: string) => Date.parse(`${iso}+08:00`);
const NOW = at('2026-11-18T12:00');
const plans = [
  makePlanRow({ id: 'near', name: '近的计划', deadline: '2026-11-29', requiredClassHours: 20 }),
  makePlanRow({ id: 'far', name: '远的计划', deadline: '2026-12-31', requiredClassHours: 40 }),
];
const sessions = [
  makeSession({ start: at('2026-11-03T09:00'), end: at('2026-11-03T11:00') }),
  makeSession({ start: at('2026-11-17T09:00'), end: at('2026-11-17T10:00') }),
];

beforeEach(async () => {
  await getDb().plans.clear();
  await getDb().sessions.clear();
  await getDb().plans.bulkPut(plans);
  await getDb().sessions.bulkPut(sessions);
});

describe('the plan reminders database source', () => {
  it("reads every session once per check, for each plan's pace and the best week", async () => {
    const toArray = vi.spyOn(getDb().sessions, 'toArray');
    try {
      const figures = await databasePlanReminderSource.figures(NOW, 'Asia/Shanghai');
      expect(toArray).toHaveBeenCalledTimes(1);
      expect(figures.bestWeekMinutes).toBe(bestWeekMinutes(sessions, 'Asia/Shanghai'));
      expect(figures.plans).toEqual(
        plans.map((plan) => {
          const progress = planProgress(plan, sessions, { now: NOW });
          return {
            id: plan.id,
            name: plan.name,
            deadline: plan.deadline,
            done: progress.status === 'done',
            paceNeededMinutes: progress.pace?.neededMinutesPerWeek ?? 0,
          };
        }),
      );
    } finally {
      toArray.mockRestore();
    }
  });
});
