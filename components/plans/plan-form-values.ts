import type { PlanInput, PlanRow } from '@/storage/schemas/plan';

/** The form's fields as typed: text until saved, so a half-typed number is never lost or coerced. */
export interface PlanFormValues {
  name: string;
  organiser: string;
  requiredClassHours: string;
  classHourMinutes: string;
  start: string;
  deadline: string;
  all: boolean;
  manual: boolean;
  courseKeys: string[];
  platformIds: string[];
  countsTowardOthers: boolean;
  creditedClassHours: string;
}

/** A new plan's fields: from today, 45 minutes per 学时, counting all study. */
export function emptyPlanValues(today: string, classHourMinutes: number): PlanFormValues {
  return {
    name: '',
    organiser: '',
    requiredClassHours: '',
    classHourMinutes: String(classHourMinutes),
    start: today,
    deadline: '',
    all: true,
    manual: false,
    courseKeys: [],
    platformIds: [],
    countsTowardOthers: false,
    creditedClassHours: '',
  };
}

/** A stored plan's fields, for editing. */
export function planValues(plan: PlanRow): PlanFormValues {
  return {
    name: plan.name,
    organiser: plan.organiser,
    requiredClassHours: String(plan.requiredClassHours),
    classHourMinutes: String(plan.classHourMinutes),
    start: plan.start,
    deadline: plan.deadline,
    all: plan.counts.all,
    manual: plan.counts.manual,
    courseKeys: [...plan.counts.courseKeys],
    platformIds: [...plan.counts.platformIds],
    countsTowardOthers: plan.countsTowardOthers,
    creditedClassHours: plan.creditedClassHours === undefined ? '' : String(plan.creditedClassHours),
  };
}

/** A typed number, or NaN for text that is not one (validation then names the field). */
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

/** What is sent to validation and the repository; the plan's days are counted in `timeZone`. */
export function planInputOf(values: PlanFormValues, timeZone: string): PlanInput {
  return {
    name: values.name,
    organiser: values.organiser,
    requiredClassHours: number(values.requiredClassHours),
    classHourMinutes: number(values.classHourMinutes),
    start: values.start,
    deadline: values.deadline,
    timeZone,
    counts: {
      all: values.all,
      manual: values.manual,
      courseKeys: values.courseKeys,
      platformIds: values.platformIds,
    },
    countsTowardOthers: values.countsTowardOthers,
    ...(values.creditedClassHours.trim() === ''
      ? {}
      : { creditedClassHours: number(values.creditedClassHours) }),
  };
}
