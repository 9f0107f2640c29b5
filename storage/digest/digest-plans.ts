import { attributePieces } from '../plans/attributed-pieces';
import { planProgress } from '../plans/plan-progress';
import type { DigestPlan } from '../schemas/digest';
import type { PlanRow } from '../schemas/plan';
import type { SessionRow } from '../schemas/rows';
import { toMinutes } from './minutes';
import { stableHex } from './stable-id';

/** The opaque id a digest shows for a plan: stable across weeks, says nothing of the stored id. */
export const planIdOf = (id: string) => stableHex(`plan\u0000${id}`, 2);

const byDeadlineThenName = (a: PlanRow, b: PlanRow) =>
  a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * The plan section of a digest: every plan whose days meet the period (`start`…`end`), with its progress
 * taken at `asOf` (ms: the period's end, or the moment of generation when that is earlier). `periodMinutes`
 * sums the plan's own days that fall in the period (in the plan's zone, which is normally the digest's).
 * `sorted`: `sessions` are sorted by start, then id, with positive lengths.
 */
export function digestPlans(
  plans: readonly PlanRow[],
  sessions: readonly SessionRow[],
  { start, end, asOf, sorted = false }: { start: string; end: string; asOf: number; sorted?: boolean },
): DigestPlan[] {
  const active = plans.filter((plan) => plan.start <= end && plan.deadline >= start).sort(byDeadlineThenName);
  if (active.length === 0) return [];
  // One attribution of the sessions for every plan: a heavy year is cut into pieces once, not per plan.
  const pieces = attributePieces(sessions, Number.NEGATIVE_INFINITY, asOf, { sorted });
  return active.map((plan) => {
    const progress = planProgress(plan, sessions, { now: asOf, pieces });
    const periodMs = progress.perDay
      .filter((day) => day.date >= start && day.date <= end)
      .reduce((sum, day) => sum + day.ms, 0);
    return {
      planId: planIdOf(plan.id),
      name: plan.name,
      organiser: plan.organiser,
      start: plan.start,
      deadline: plan.deadline,
      timeZone: plan.timeZone,
      requiredClassHours: plan.requiredClassHours,
      classHourMinutes: plan.classHourMinutes,
      periodMinutes: toMinutes(periodMs),
      trackedMinutes: toMinutes(progress.trackedMs),
      trackedClassHours: progress.trackedClassHours,
      percent: progress.percent,
      ...(plan.creditedClassHours === undefined ? {} : { creditedClassHours: plan.creditedClassHours }),
      status: progress.status,
      ...(progress.pace ? { neededClassHoursPerWeek: progress.pace.neededClassHoursPerWeek } : {}),
      ...(progress.forecast.date ? { forecastDate: progress.forecast.date } : {}),
    };
  });
}
