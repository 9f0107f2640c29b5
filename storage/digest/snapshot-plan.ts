import type { DigestPlan } from '../schemas/digest';
import type { Snapshot } from '../schemas/snapshot';

type PlanFigures = Pick<
  DigestPlan,
  'trackedClassHours' | 'requiredClassHours' | 'deadline' | 'status' | 'neededClassHoursPerWeek'
>;

/**
 * The plan a snapshot shows, without its name: of a digest's plans (nearest deadline first), the first
 * not ended. Free of zod and locale text, so the widget uses it to project a digest too.
 */
export function snapshotPlan(plans: readonly PlanFigures[] | undefined): Snapshot['plan'] | undefined {
  const plan = plans?.find((candidate) => candidate.status !== 'ended');
  return (
    plan && {
      trackedClassHours: plan.trackedClassHours,
      requiredClassHours: plan.requiredClassHours,
      deadline: plan.deadline,
      status: plan.status,
      neededClassHoursPerWeek: plan.neededClassHoursPerWeek,
    }
  );
}
