import { plansProgress } from '@/storage/plans';
import { bestWeekMinutes } from '@/storage/plans/best-week';
import { listPlans } from '@/storage/repositories/plans';
import { allSessions } from '@/storage/repositories/sessions';
import type { PlanReminderSource } from './plan-reminders';

/**
 * The reminders' figures from the database: every plan's progress now, and the best week ever, from one
 * read of the sessions cut into attributed pieces once for every plan.
 */
export const databasePlanReminderSource: PlanReminderSource = {
  async figures(now, timeZone) {
    const [plans, sessions] = await Promise.all([listPlans(), allSessions()]);
    const progress = plansProgress(plans, sessions, { now });
    return {
      plans: plans.map((plan, i) => ({
        id: plan.id,
        name: plan.name,
        deadline: plan.deadline,
        done: progress[i]?.status === 'done',
        paceNeededMinutes: progress[i]?.pace?.neededMinutesPerWeek ?? 0,
      })),
      bestWeekMinutes: bestWeekMinutes(sessions, timeZone),
    };
  },
};
