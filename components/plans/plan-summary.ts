import { burnUp, floorTenth, type PlanProgress, type PlanStatus } from '@/storage/plans';
import type { PlanRow } from '@/storage/schemas/plan';
import type { BurnUpPoint } from './burn-up-data';

/** One plan as the Plans view shows it: the stored plan and plans-core's figures for today. */
export interface PlanSummary {
  id: string;
  name: string;
  organiser: string;
  /** Local `YYYY-MM-DD`, inclusive. */
  start: string;
  deadline: string;
  status: PlanStatus;
  trackedMs: number;
  trackedClassHours: number;
  requiredClassHours: number;
  percent: number;
  /** 学时 a week needed from today; undefined once done, ended or not started. */
  paceClassHoursPerWeek?: number;
  /** Local date of completion at the last four weeks' pace (the completion day once done). */
  forecastDate?: string;
  creditedClassHours?: number;
  perCourse: { title: string; classHours: number }[];
  /** The first day, each Sunday, today and the deadline: cumulative 学时 against the line to the goal. */
  burnUp: BurnUpPoint[];
  /** Courses the plan named that no longer have any session: their display names, else their keys. */
  missingCourses: string[];
}

/**
 * The burn-up chart's points: the first day, every Sunday, today and the deadline, so a long plan stays
 * readable and today's figure is on the line; `day` places each at its distance in time. Days after today
 * have no tracked value.
 */
export function weeklyBurnUp(plan: PlanRow, progress: Pick<PlanProgress, 'perDay' | 'today'>): BurnUpPoint[] {
  const days = burnUp(plan, progress);
  const sunday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 0;
  return days.flatMap((day, i) =>
    i === 0 || i === days.length - 1 || day.date === progress.today || sunday(day.date)
      ? [
          {
            date: day.date,
            day: i,
            // Cut down as the progress figure is, so today's point is the number shown above the chart.
            actual: day.cumulativeClassHours === undefined ? null : floorTenth(day.cumulativeClassHours),
            target: day.goalClassHours,
          },
        ]
      : [],
  );
}

/** The view's summary of one plan from its row, its progress and the course keys that still have sessions. */
export function planSummary(plan: PlanRow, progress: PlanProgress, missingCourses: string[]): PlanSummary {
  return {
    id: plan.id,
    name: plan.name,
    organiser: plan.organiser,
    start: plan.start,
    deadline: plan.deadline,
    status: progress.status,
    trackedMs: progress.trackedMs,
    trackedClassHours: progress.trackedClassHours,
    requiredClassHours: progress.requiredClassHours,
    percent: progress.percent,
    ...(progress.pace ? { paceClassHoursPerWeek: progress.pace.neededClassHoursPerWeek } : {}),
    ...(progress.forecast.date ? { forecastDate: progress.forecast.date } : {}),
    ...(progress.creditedClassHours === undefined ? {} : { creditedClassHours: progress.creditedClassHours }),
    perCourse: progress.perCourse.map((course) => ({ title: course.title, classHours: course.classHours })),
    burnUp: weeklyBurnUp(plan, progress),
    missingCourses,
  };
}
