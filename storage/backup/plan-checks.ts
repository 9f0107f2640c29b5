import { validatePlan } from '../plans/validate-plan';
import { type PlanErrorCode, type PlanRow, planErrorCodeOf } from '../schemas/plan';

/** A refused plan in a backup: the detail of an 'invalid-plan' error is `<code>:<plan name or #index>`. */
export const invalidPlanDetail = (code: PlanErrorCode, name: string) => `${code}:${name}`;

/** The plan code and name back out of an 'invalid-plan' detail. */
export function readInvalidPlanDetail(detail: string): { code: PlanErrorCode; name: string } {
  const colon = detail.indexOf(':');
  return { code: planErrorCodeOf(detail.slice(0, colon), 'name'), name: detail.slice(colon + 1) };
}

/** The plan a zod issue at `data.plans[i]…` points at, named as the learner named it when readable. */
export function planIssueDetail(
  raw: unknown,
  path: readonly PropertyKey[],
  message: string | undefined,
): string {
  const index = Number(path[2]);
  const plans = (raw as { data?: { plans?: unknown } } | undefined)?.data?.plans;
  const plan = Array.isArray(plans) ? (plans[index] as { name?: unknown } | undefined) : undefined;
  const name =
    typeof plan?.name === 'string' && plan.name.trim() !== '' ? plan.name.slice(0, 100) : `#${index + 1}`;
  const field = String(path[3] ?? '');
  const fallback: PlanErrorCode =
    field === 'counts' ? 'nothingCounts' : field === 'requiredClassHours' ? 'requiredZero' : 'name';
  return invalidPlanDetail(planErrorCodeOf(message, fallback), name);
}

/**
 * The first plan of a set that the plan form would refuse beside the others (two plans counting the same
 * minutes without both allowing it), as an 'invalid-plan' detail; undefined when all may stand together.
 * Courses that no longer exist are no reason to refuse: such a plan is kept and shown with a note.
 */
export function planSetProblem(plans: readonly PlanRow[]): string | undefined {
  for (const [i, plan] of plans.entries()) {
    const result = validatePlan(plan, { otherPlans: plans.slice(i + 1) });
    if (!result.ok) return invalidPlanDetail(result.error.code, plan.name);
  }
  return undefined;
}
