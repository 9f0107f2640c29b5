import { planProgress } from '@/storage/plans';
import { bestWeekMinutes } from '@/storage/plans/best-week';
import { listPlans } from '@/storage/repositories/plans';
import { allSessions } from '@/storage/repositories/sessions';
import type { PlanReminderSource } from './plan-reminders';

/** The reminders' figures from the database: every plan's progress now, and the best week ever. */
export const databasePlanReminderSource: PlanReminderSource = {
  async plans(now) {
    const [plans, sessions] = await Promise.all([listPlans(), allSessions()]);
    return plans.map((plan) => {
      const progress = planProgress(plan, sessions, { now });
      return {
        id: plan.id,
        name: plan.name,
        deadline: plan.deadline,
        done: progress.status === 'done',
        paceNeededMinutes: progress.pace?.neededMinutesPerWeek ?? 0,
      };
    });
  },
  async bestWeekMinutes(timeZone) {
    return bestWeekMinutes(await allSessions(), timeZone);
  },
};
