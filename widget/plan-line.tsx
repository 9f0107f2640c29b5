import { PLAN_STATUSES, type Snapshot } from '@/storage/schemas/snapshot';
import { format, type Strings } from './strings';

/** The nearest training plan, compactly: its name, class hours done of required, status, deadline and pace. */
export function PlanLine({ plan, t }: { plan: NonNullable<Snapshot['plan']>; t: Strings }) {
  const pace = plan.neededClassHoursPerWeek;
  return (
    <p>
      <bdi>{plan.name ?? t.plan}</bdi>
      {format(t.planHours, {
        done: plan.trackedClassHours,
        required: plan.requiredClassHours,
        status: t.planStatuses.split('|')[PLAN_STATUSES.indexOf(plan.status)] ?? '',
        deadline: plan.deadline,
      })}
      {pace !== undefined && format(t.planPace, { pace })}
    </p>
  );
}
