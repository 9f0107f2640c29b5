import { z } from 'zod/mini';
import type { Settings } from './settings';

/** Minutes as numbers (one decimal in practice). */
const minutes = z.number().check(z.nonnegative());
/** A local calendar day, `YYYY-MM-DD`. */
const localDate = z.iso.date();

/**
 * What the portal widget shows (DESIGN.md section 5): a projection of a digest limited by the share level.
 * Never contains URLs or reflection text. Written with zod/mini so the widget bundle stays small.
 */
export const snapshotSchema = z.object({
  kind: z.literal('studytrail.snapshot'),
  schemaVersion: z.literal(1),
  /** ISO 8601 */
  generatedAt: z.iso.datetime({ offset: true }),
  /** Local days, both inclusive. */
  period: z.object({ start: localDate, end: localDate }),
  /** Minutes studied in the period. */
  weekMinutes: minutes,
  /** The weekly goal scaled to the period's length, in minutes. */
  goalMinutes: minutes,
  perDay: z.array(z.object({ date: localDate, minutes })),
  currentStreakDays: z.int().check(z.nonnegative()),
  /** Minutes in one class hour (学时); when present the widget also shows class hours. */
  classHourMinutes: z.optional(z.number().check(z.positive())),
  courses: z.optional(z.array(z.object({ title: z.string(), minutes }))),
  topics: z.optional(z.array(z.object({ topic: z.string(), count: z.int().check(z.positive()) }))),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
/** How much the snapshot may tell the portal: the setting of the same name. */
export type ShareLevel = Settings['shareLevel'];
