import { calendarDaysBetween } from '../digest/calendar';
import type { PlanInput } from '../schemas/plan';
import { ceilTenth, classHoursOf } from './class-hours';
import { laterDay } from './local-days';

/** The weekly pace needed to make the deadline. */
export interface PlanPace {
  /** Local days left, today and the deadline included. */
  daysLeft: number;
  /** `daysLeft / 7` (not rounded). */
  weeksLeft: number;
  /** Exact ms per week needed: `remaining / weeksLeft`. */
  neededMsPerWeek: number;
  /** Minutes per week needed, rounded up to whole minutes (what a weekly goal can follow). */
  neededMinutesPerWeek: number;
  /** Class hours per week needed, rounded up to one decimal ("还需每周 3.5 学时"). */
  neededClassHoursPerWeek: number;
}

/**
 * The even weekly pace that makes the deadline from today: what is left spread over the days left (today
 * counts as a day left; before the start, the whole period). Undefined when nothing is left or the
 * deadline has passed. Counted in calendar days, so a 23- or 25-hour DST day is still one day.
 */
export function planPace(
  plan: Pick<PlanInput, 'start' | 'deadline' | 'classHourMinutes'>,
  { today, remainingMs }: { today: string; remainingMs: number },
): PlanPace | undefined {
  if (remainingMs <= 0 || today > plan.deadline) return undefined;
  const from = laterDay(today, plan.start);
  const daysLeft = calendarDaysBetween(from, plan.deadline) + 1;
  const weeksLeft = daysLeft / 7;
  const neededMsPerWeek = remainingMs / weeksLeft;
  return {
    daysLeft,
    weeksLeft,
    neededMsPerWeek,
    neededMinutesPerWeek: Math.ceil(neededMsPerWeek / 60_000 - 1e-9),
    neededClassHoursPerWeek: ceilTenth(classHoursOf(neededMsPerWeek, plan.classHourMinutes)),
  };
}
