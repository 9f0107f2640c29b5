import type { PlanInput } from '../schemas/plan';
import { localDate } from '../tracking/local-day';

/**
 * The plan whose deadline comes first among those not yet past (today, in each plan's zone, is on or before
 * its deadline); ties by name. What the popup and the widget show. Undefined when every plan has ended.
 */
export function nearestPlan<Plan extends PlanInput>(plans: readonly Plan[], now: number): Plan | undefined {
  let best: Plan | undefined;
  for (const plan of plans) {
    if (localDate(now, plan.timeZone) > plan.deadline) continue;
    if (!best || plan.deadline < best.deadline || (plan.deadline === best.deadline && plan.name < best.name))
      best = plan;
  }
  return best;
}
