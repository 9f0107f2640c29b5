import { EARLIEST_TIME_MS } from './rows';
import { z } from './zod';

/** The longest display name of a course, in characters (the same limit as a stored course title). */
export const COURSE_NAME_MAX = 200;

/**
 * A learner's own display name for a course, stored in the `courseNames` table. The course's key stays the
 * platform's, so sessions and reflections keep pointing at the same course; only what is shown changes.
 */
export const courseNameRowSchema = z.object({
  courseKey: z.string().min(1).max(2048),
  title: z.string().trim().min(1).max(COURSE_NAME_MAX),
  /** ms since epoch of the last rename */
  updatedAt: z.number().int().min(EARLIEST_TIME_MS),
});
export type CourseNameRow = z.infer<typeof courseNameRowSchema>;
