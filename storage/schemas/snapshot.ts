import { z } from 'zod/mini';
import { isCount, isLocalDate, isOffsetDateTime } from './format-checks';
import type { Settings } from './settings';

// Refine checks with plain predicates instead of zod's iso, int and comparison checks: the same values
// pass (format-checks test), and the widget bundle stays within its budget.
/** Minutes as numbers (one decimal in practice). */
const minutes = z.number().check(z.refine((value) => value >= 0));
/** A local calendar day, `YYYY-MM-DD`. */
const localDate = z.string().check(z.refine(isLocalDate));
/** A whole number at least 1. */
const positiveCount = z.number().check(z.refine((value) => isCount(value) && value > 0));

/** A training plan's status (storage/plans/status.ts), in this order (the widget's labels follow it). */
export const PLAN_STATUSES = ['not-started', 'on-track', 'behind', 'done', 'ended'] as const;

/**
 * What the portal widget shows (docs/architecture.md section 5): a projection of a digest limited by the share level.
 * Never contains URLs or reflection text. Written with zod/mini so the widget bundle stays small.
 */
export const snapshotSchema = z.object({
  kind: z.literal('studytrail.snapshot'),
  schemaVersion: z.literal(1),
  /** ISO 8601 */
  generatedAt: z.string().check(z.refine(isOffsetDateTime)),
  /** Local days, both inclusive. */
  period: z.object({ start: localDate, end: localDate }),
  /** Minutes studied in the period. */
  weekMinutes: minutes,
  /** The weekly goal scaled to the period's length, in minutes. */
  goalMinutes: minutes,
  perDay: z.array(z.object({ date: localDate, minutes })),
  currentStreakDays: z.number().check(z.refine(isCount)),
  /** Minutes in one class hour (学时); when present the widget also shows class hours. */
  classHourMinutes: z.optional(z.number().check(z.refine((value) => value > 0))),
  courses: z.optional(z.array(z.object({ title: z.string(), minutes }))),
  topics: z.optional(z.array(z.object({ topic: z.string(), count: positiveCount }))),
  /**
   * The training plan with the nearest deadline not yet past, its progress at the period's end; its name
   * only from share level 'courses'. Class hours are the plan's own.
   */
  plan: z.optional(
    z.object({
      name: z.optional(z.string()),
      trackedClassHours: minutes,
      requiredClassHours: minutes,
      deadline: localDate,
      status: z.literal(PLAN_STATUSES),
      /** Class hours a week needed to make the deadline; absent when done. */
      neededClassHoursPerWeek: z.optional(minutes),
    }),
  ),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
/** How much the snapshot may tell the portal: the setting of the same name. */
export type ShareLevel = Settings['shareLevel'];
