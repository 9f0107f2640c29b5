import type { PlanInput } from '../schemas/plan';
import { classHoursOf } from './class-hours';
import type { PlanProgress } from './plan-progress';

/** One day of the burn-up chart. */
export interface BurnUpPoint {
  date: string;
  /** Class hours tracked up to the end of this day (exact); undefined for days after today. */
  cumulativeClassHours: number | undefined;
  /** The straight line from 0 at the start to the requirement at the end of the deadline. */
  goalClassHours: number;
}

/** The burn-up chart's points: cumulative tracked class hours against the straight line to the goal. */
export function burnUp(
  plan: Pick<PlanInput, 'requiredClassHours' | 'classHourMinutes'>,
  progress: Pick<PlanProgress, 'perDay' | 'today'>,
): BurnUpPoint[] {
  const days = progress.perDay.length;
  let total = 0;
  return progress.perDay.map(({ date, ms }, i) => {
    total += ms;
    return {
      date,
      cumulativeClassHours: date <= progress.today ? classHoursOf(total, plan.classHourMinutes) : undefined,
      goalClassHours: (plan.requiredClassHours * (i + 1)) / days,
    };
  });
}
