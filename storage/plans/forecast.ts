import { addCalendarDays, calendarDaysBetween } from '../digest/calendar';
import type { PlanInput } from '../schemas/plan';
import { classHoursOf } from './class-hours';
import { earlierDay, laterDay } from './local-days';

/** How many days back the recent pace looks: four weeks, today included. */
export const RECENT_DAYS = 28;

/** A forecast further away than ten years is no forecast: at that pace the plan is not being studied. */
export const FORECAST_MAX_DAYS = 3660;

export interface PlanForecast {
  /** Class hours per week at the pace of the last four weeks (or since the start, if shorter). Exact. */
  recentClassHoursPerWeek: number;
  /**
   * The local day the requirement is reached at that pace (the completion day once done); undefined
   * before the start, when there was no study in the window, or when it lies more than
   * {@link FORECAST_MAX_DAYS} days ahead.
   */
  date?: string;
}

/**
 * The forecast completion day: the time left divided by the daily pace of the last {@link RECENT_DAYS}
 * days (days before the plan's start are not in the window), counted on from today.
 */
export function planForecast(
  plan: Pick<PlanInput, 'start' | 'deadline' | 'classHourMinutes'>,
  input: {
    dates: readonly string[];
    dayMs: readonly number[];
    today: string;
    remainingMs: number;
    completedOn: string | undefined;
  },
): PlanForecast {
  const { dates, dayMs, today, remainingMs, completedOn } = input;
  if (today < plan.start) return { recentClassHoursPerWeek: 0 };
  const windowEnd = earlierDay(today, plan.deadline);
  const earliest = addCalendarDays(windowEnd, -(RECENT_DAYS - 1));
  const windowStart = laterDay(earliest, plan.start);
  const first = calendarDaysBetween(plan.start, windowStart);
  const last = calendarDaysBetween(plan.start, windowEnd);
  let recentMs = 0;
  for (let i = first; i <= last && i < dates.length; i++) recentMs += dayMs[i] ?? 0;
  const msPerDay = recentMs / (last - first + 1);
  const recentClassHoursPerWeek = classHoursOf(msPerDay * 7, plan.classHourMinutes);
  if (completedOn !== undefined) return { recentClassHoursPerWeek, date: completedOn };
  // Today's study is already in; the rest comes on the following days.
  const daysNeeded = Math.max(1, Math.ceil(remainingMs / msPerDay));
  if (msPerDay <= 0 || daysNeeded > FORECAST_MAX_DAYS) return { recentClassHoursPerWeek };
  return { recentClassHoursPerWeek, date: addCalendarDays(today, daysNeeded) };
}
