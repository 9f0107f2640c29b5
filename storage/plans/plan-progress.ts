import { calendarDaysBetween } from '../digest/calendar';
import { toMinutes } from '../digest/minutes';
import type { PlanInput } from '../schemas/plan';
import type { SessionRow } from '../schemas/rows';
import { localDate } from '../tracking/local-day';
import { type AttributedPieces, attributePieces } from './attributed-pieces';
import { ceilTenth, classHoursOf, floorTenth, msOfClassHours } from './class-hours';
import { type PlanForecast, planForecast } from './forecast';
import { earlierDay } from './local-days';
import { type PlanPace, planPace } from './pace';
import { planTime, weeksOf } from './plan-days';
import { type PlanStatus, planStatus } from './status';

export interface PlanCourseProgress {
  courseKey: string;
  /** The course's latest title, or the learner's display name for it. */
  title: string;
  platformId: string;
  /** Minutes with one decimal. */
  minutes: number;
  /** Class hours cut down to one decimal. */
  classHours: number;
}

export interface PlanWeekProgress {
  /** Monday, local `YYYY-MM-DD`. */
  start: string;
  /** Sunday, local `YYYY-MM-DD`. */
  end: string;
  minutes: number;
  classHours: number;
}

/** Everything shown about one plan at one moment; a pure function of the plan, the sessions and `now`. */
export interface PlanProgress {
  status: PlanStatus;
  /** The local day of `now` in the plan's time zone. */
  today: string;
  /** ms counted toward the plan within its period (a union: no minute twice). */
  trackedMs: number;
  /** ms the required class hours are worth. */
  requiredMs: number;
  /** Tracked class hours, cut down to one decimal. */
  trackedClassHours: number;
  requiredClassHours: number;
  /** Class hours still needed, rounded up to one decimal; 0 when done. */
  remainingClassHours: number;
  /**
   * Whole percent of the requirement that `trackedClassHours` (the figure shown) is, cut down; 100 only
   * once done.
   */
  percent: number;
  /** What the platform credited, as typed in by the learner; never added to the tracked figure. */
  creditedClassHours?: number;
  /** Most first. */
  perCourse: PlanCourseProgress[];
  /** ISO weeks from the plan's start to today (or its deadline, when earlier); days outside it count 0. */
  perWeek: PlanWeekProgress[];
  /** ms per local day from the start to the deadline (future days 0), for the burn-up chart. */
  perDay: { date: string; ms: number }[];
  /** The weekly pace needed from today; undefined once done, ended or before the start (see `pace`). */
  pace: PlanPace | undefined;
  forecast: PlanForecast;
  /** The local day the requirement was reached, once done. */
  completedOn?: string;
}

export interface PlanProgressOptions {
  /** ms since epoch: "today", and the moment progress is taken at (later study is not counted). */
  now: number;
  /** The learner's display names of courses, by course key. */
  courseNames?: ReadonlyMap<string, string>;
  /** `sessions` already cut into attributed pieces (`attributePieces`), when several plans read them. */
  pieces?: AttributedPieces;
}

/** The day the running total first reaches `requiredMs`, if it does. */
function completionDay(
  dates: readonly string[],
  dayMs: readonly number[],
  requiredMs: number,
): string | undefined {
  let total = 0;
  for (let i = 0; i < dates.length; i++) {
    total += dayMs[i] ?? 0;
    if (total >= requiredMs) return dates[i];
  }
  return undefined;
}

/** The percent beside the shown figure is of that figure, so "0 of 2 (2%)" cannot be read. */
function shownPercent(shownClassHours: number, requiredClassHours: number, done: boolean): number {
  if (done) return 100;
  // 1e-9 absorbs binary noise (0.3 / 0.5 * 100 = 59.99…); 99 at most until the requirement is met.
  return Math.min(99, Math.floor((shownClassHours / requiredClassHours) * 100 + 1e-9));
}

/**
 * A plan's progress (docs/plans.md): tracked time toward the required class hours, per course and per week,
 * the weekly pace needed from today, the forecast date at the pace of the last four weeks, and the status.
 */
export function planProgress(
  plan: PlanInput,
  sessions: readonly SessionRow[],
  { now, courseNames, pieces }: PlanProgressOptions,
): PlanProgress {
  const time = planTime(plan, pieces ?? sessions, now);
  const today = localDate(now, plan.timeZone);
  const trackedMs = time.dayMs.reduce((sum, ms) => sum + ms, 0);
  const requiredMs = msOfClassHours(plan.requiredClassHours, plan.classHourMinutes);
  const remainingMs = Math.max(0, requiredMs - trackedMs);
  const hours = (ms: number) => floorTenth(classHoursOf(ms, plan.classHourMinutes));
  const lastShown = earlierDay(today, plan.deadline);
  const shownDays = today < plan.start ? 0 : calendarDaysBetween(plan.start, lastShown) + 1;
  const trackedClassHours = hours(trackedMs);
  const completedOn = trackedMs >= requiredMs ? completionDay(time.dates, time.dayMs, requiredMs) : undefined;
  const forecast = planForecast(plan, {
    dates: time.dates,
    dayMs: time.dayMs,
    today,
    remainingMs,
    completedOn,
  });
  return {
    status: planStatus(plan, { today, trackedMs, requiredMs, forecast }),
    today,
    trackedMs,
    requiredMs,
    trackedClassHours,
    requiredClassHours: plan.requiredClassHours,
    remainingClassHours: ceilTenth(classHoursOf(remainingMs, plan.classHourMinutes)),
    percent: shownPercent(trackedClassHours, plan.requiredClassHours, trackedMs >= requiredMs),
    ...(plan.creditedClassHours === undefined ? {} : { creditedClassHours: plan.creditedClassHours }),
    perCourse: time.courses.map((course) => ({
      courseKey: course.courseKey,
      title: courseNames?.get(course.courseKey) ?? course.title,
      platformId: course.platformId,
      minutes: toMinutes(course.ms),
      classHours: hours(course.ms),
    })),
    perWeek: weeksOf(time.dates.slice(0, shownDays), time.dayMs).map((week) => ({
      start: week.start,
      end: week.end,
      minutes: toMinutes(week.ms),
      classHours: hours(week.ms),
    })),
    perDay: time.dates.map((date, i) => ({ date, ms: time.dayMs[i] ?? 0 })),
    pace: planPace(plan, { today, remainingMs }),
    forecast,
    ...(completedOn === undefined ? {} : { completedOn }),
  };
}

/** Every plan's progress at `now`, the sessions cut into attributed pieces once for all of them. */
export function plansProgress(
  plans: readonly PlanInput[],
  sessions: readonly SessionRow[],
  options: Omit<PlanProgressOptions, 'pieces'>,
): PlanProgress[] {
  const pieces = attributePieces(sessions, Number.NEGATIVE_INFINITY, options.now);
  return plans.map((plan) => planProgress(plan, sessions, { ...options, pieces }));
}
