import { isLocalDate } from './format-checks';
import { EARLIEST_TIME_MS } from './rows';
import { z } from './zod';

/** The most class hours (学时) a plan may require: more is a typing error, not a training. */
export const PLAN_MAX_CLASS_HOURS = 2000;
/** Minutes one class hour may last: 10 to 120; 45 unless the training says otherwise (60 on smartedu). */
export const CLASS_HOUR_MINUTES = { min: 10, max: 120, fallback: 45 } as const;
/** The longest plan, start to deadline: five years (a continuing-education cycle). */
export const PLAN_MAX_DAYS = 5 * 366;
export const PLAN_NAME_MAX = 100;
export const PLAN_ORGANISER_MAX = 100;
/** At most this many chosen courses or platforms in one plan. */
export const PLAN_MAX_CHOICES = 500;

/**
 * Why a plan is refused; each has a message `plan_error_<code>` in both locale files. The zod issues of
 * the schemas below carry these codes as their messages.
 */
export const PLAN_ERROR_CODES = [
  'name',
  'organiser',
  'start',
  'deadline',
  'deadlineBeforeStart',
  'tooLong',
  'requiredZero',
  'requiredTooMany',
  'classHourMinutes',
  'nothingCounts',
  'unknownCourse',
  'overlap',
  'credited',
  'timeZone',
] as const;
export type PlanErrorCode = (typeof PLAN_ERROR_CODES)[number];

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const localDay = (code: PlanErrorCode) => z.string().refine(isLocalDate, { message: code });
const classHours = (low: PlanErrorCode, high: PlanErrorCode) =>
  z
    .number({ message: low })
    .refine(Number.isFinite, { message: low })
    .refine((n) => n <= PLAN_MAX_CLASS_HOURS, { message: high });

/**
 * What counts toward a plan. A session counts when any part says so: `all` study; a chosen course (tracked
 * or entered by hand: `manual:<title>` keys are the kinds of manual entry); a whole platform (its id);
 * or `manual`: every entry typed by hand.
 */
export const planCountsSchema = z.object({
  all: z.boolean(),
  courseKeys: z.array(z.string().min(1).max(2048)).max(PLAN_MAX_CHOICES),
  platformIds: z.array(z.string().min(1).max(64)).max(PLAN_MAX_CHOICES),
  manual: z.boolean(),
});
export type PlanCounts = z.infer<typeof planCountsSchema>;

/** The plan form's values: everything the learner chooses. */
export const planInputSchema = z
  .object({
    name: z.string().trim().min(1, { message: 'name' }).max(PLAN_NAME_MAX, { message: 'name' }),
    /** Who runs the training (a school, a province); may be empty. */
    organiser: z.string().trim().max(PLAN_ORGANISER_MAX, { message: 'organiser' }),
    /** 学时 required by the deadline: more than 0, at most {@link PLAN_MAX_CLASS_HOURS}. */
    requiredClassHours: classHours('requiredZero', 'requiredTooMany').refine((n) => n > 0, {
      message: 'requiredZero',
    }),
    /** Minutes in one 学时 for this training (integer, 10–120). */
    classHourMinutes: z
      .number({ message: 'classHourMinutes' })
      .int({ message: 'classHourMinutes' })
      .min(CLASS_HOUR_MINUTES.min, { message: 'classHourMinutes' })
      .max(CLASS_HOUR_MINUTES.max, { message: 'classHourMinutes' }),
    /** First local day that counts, `YYYY-MM-DD` in `timeZone`. */
    start: localDay('start'),
    /** Last local day that counts (inclusive), `YYYY-MM-DD` in `timeZone`. */
    deadline: localDay('deadline'),
    /** IANA time zone the plan's days are counted in (the settings' zone when it was made). */
    timeZone: z.string().refine(isTimeZone, { message: 'timeZone' }),
    counts: planCountsSchema,
    /** The learner allows minutes of this plan to count toward other plans too (both must allow it). */
    countsTowardOthers: z.boolean(),
    /**
     * 学时 the platform itself credited, typed in from its progress page or certificate; shown beside the
     * tracked figure, never added to it.
     */
    creditedClassHours: classHours('credited', 'credited')
      .refine((n) => n >= 0, { message: 'credited' })
      .optional(),
  })
  .refine((plan) => !isLocalDate(plan.start) || !isLocalDate(plan.deadline) || plan.deadline >= plan.start, {
    message: 'deadlineBeforeStart',
    path: ['deadline'],
  })
  .refine(
    (plan) =>
      !isLocalDate(plan.start) ||
      !isLocalDate(plan.deadline) ||
      (Date.parse(plan.deadline) - Date.parse(plan.start)) / 86_400_000 < PLAN_MAX_DAYS,
    { message: 'tooLong', path: ['deadline'] },
  )
  .refine(
    ({ counts }) => counts.all || counts.manual || counts.courseKeys.length + counts.platformIds.length > 0,
    { message: 'nothingCounts', path: ['counts'] },
  );
export type PlanInput = z.infer<typeof planInputSchema>;

/** A training plan as stored in the `plans` table (and in backups from format version 2). */
export const planRowSchema = z.intersection(
  planInputSchema,
  z.object({
    id: z.string().min(1).max(64),
    /** ms since epoch */
    createdAt: z.number().int().min(EARLIEST_TIME_MS),
    /** ms since epoch */
    updatedAt: z.number().int().min(EARLIEST_TIME_MS),
  }),
);
export type PlanRow = z.infer<typeof planRowSchema>;

/** The form field a refusal points at, so the form can focus it. */
export const PLAN_ERROR_FIELD: Record<PlanErrorCode, keyof PlanInput> = {
  name: 'name',
  organiser: 'organiser',
  start: 'start',
  deadline: 'deadline',
  deadlineBeforeStart: 'deadline',
  tooLong: 'deadline',
  requiredZero: 'requiredClassHours',
  requiredTooMany: 'requiredClassHours',
  classHourMinutes: 'classHourMinutes',
  nothingCounts: 'counts',
  unknownCourse: 'counts',
  overlap: 'countsTowardOthers',
  credited: 'creditedClassHours',
  timeZone: 'timeZone',
};

/** A refusal: the code, the field, and for `unknownCourse` the course key, for `overlap` the other plan's name. */
export interface PlanError {
  code: PlanErrorCode;
  field: keyof PlanInput;
  detail?: string;
}

/** The code a zod issue message carries, or `fallback` for an issue without one (a wrong type). */
export function planErrorCodeOf(message: string | undefined, fallback: PlanErrorCode): PlanErrorCode {
  return (PLAN_ERROR_CODES as readonly string[]).includes(message ?? '')
    ? (message as PlanErrorCode)
    : fallback;
}
