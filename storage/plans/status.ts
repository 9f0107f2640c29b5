import { calendarDaysBetween } from '../digest/calendar';
import type { PlanInput } from '../schemas/plan';
import type { PlanForecast } from './forecast';

export type PlanStatus = 'not-started' | 'on-track' | 'behind' | 'done' | 'ended';

/**
 * Done once the tracked time reaches the requirement; otherwise not started before the start, ended after
 * the deadline, and in between on track when either the tracked time is at least the straight line to the
 * goal at the end of yesterday, or the forecast at the recent pace makes the deadline; behind otherwise.
 */
export function planStatus(
  plan: Pick<PlanInput, 'start' | 'deadline'>,
  {
    today,
    trackedMs,
    requiredMs,
    forecast,
  }: { today: string; trackedMs: number; requiredMs: number; forecast: PlanForecast },
): PlanStatus {
  if (trackedMs >= requiredMs) return 'done';
  if (today < plan.start) return 'not-started';
  if (today > plan.deadline) return 'ended';
  const days = calendarDaysBetween(plan.start, plan.deadline) + 1;
  const daysBeforeToday = calendarDaysBetween(plan.start, today);
  const expectedMs = (requiredMs * daysBeforeToday) / days;
  if (trackedMs >= expectedMs) return 'on-track';
  return forecast.date !== undefined && forecast.date <= plan.deadline ? 'on-track' : 'behind';
}
