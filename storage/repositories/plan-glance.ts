import { nearestPlan, type PlanProgress, planProgress } from '../plans';
import type { PlanRow } from '../schemas/plan';
import { dayBounds } from '../tracking/local-day';
import { getPlan, listPlans } from './plans';
import { sessionsBetween } from './sessions';

/** A plan's progress from the sessions of its own period only (read through the `end` index). */
export async function progressOfPlan(plan: PlanRow, now: number): Promise<PlanProgress> {
  const from = dayBounds(plan.start, plan.timeZone).start;
  const to = dayBounds(plan.deadline, plan.timeZone).end;
  return planProgress(plan, await sessionsBetween(from, to), { now });
}

/**
 * The weekly goal in minutes when it follows a plan (the setting `goalFollowsPlan`): the plan's pace needed
 * from today. Undefined when no plan is followed, it was deleted, or it has no pace (done, ended, not started):
 * the fixed goal applies then.
 */
export async function followedGoalMinutes(planId: string, now: number): Promise<number | undefined> {
  if (planId === '') return undefined;
  const plan = await getPlan(planId);
  if (!plan) return undefined;
  return (await progressOfPlan(plan, now)).pace?.neededMinutesPerWeek;
}

export interface PlanGlance {
  name: string;
  deadline: string;
  progress: Pick<
    PlanProgress,
    'status' | 'trackedClassHours' | 'requiredClassHours' | 'percent' | 'pace' | 'trackedMs'
  >;
}

const glanceOf = (plan: PlanRow, progress: PlanProgress): PlanGlance => ({
  name: plan.name,
  deadline: plan.deadline,
  progress,
});

/** The plan with the nearest deadline not yet past, with its progress: what the popup shows in one line. */
export async function nearestPlanGlance(now: number): Promise<PlanGlance | undefined> {
  const plan = nearestPlan(await listPlans(), now);
  if (!plan) return undefined;
  return glanceOf(plan, await progressOfPlan(plan, now));
}

/**
 * The popup's plan line and the followed goal ({@link nearestPlanGlance}, {@link followedGoalMinutes}) in
 * one pass: the plans are read once, and when the followed plan is the nearest one (the usual case) its
 * sessions are read and counted once.
 */
export async function popupPlanFigures(
  followedPlanId: string,
  now: number,
): Promise<{ glance?: PlanGlance; goal?: number }> {
  const plans = await listPlans();
  const nearest = nearestPlan(plans, now);
  const followed = followedPlanId === '' ? undefined : plans.find((plan) => plan.id === followedPlanId);
  const [nearestProgress, followedProgress] = await Promise.all([
    nearest && progressOfPlan(nearest, now),
    followed && followed !== nearest ? progressOfPlan(followed, now) : undefined,
  ]);
  const goal = (followed === nearest ? nearestProgress : followedProgress)?.pace?.neededMinutesPerWeek;
  return {
    ...(nearest && nearestProgress ? { glance: glanceOf(nearest, nearestProgress) } : {}),
    ...(goal === undefined ? {} : { goal }),
  };
}
