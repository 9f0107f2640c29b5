import { getDb } from '../db';
import { type CourseNameRow, courseNameRowSchema } from '../schemas/course-name';

/** Every display name the learner gave a course. */
export async function allCourseNames(): Promise<CourseNameRow[]> {
  return getDb().courseNames.toArray();
}

/**
 * Gives a course a display name (throws a ZodError for an empty or too long one). The course key stays, so
 * sessions and reflections keep their course; `now` is ms since epoch.
 */
export async function renameCourse(
  courseKey: string,
  title: string,
  now: number = Date.now(),
): Promise<CourseNameRow> {
  const row = courseNameRowSchema.parse({ courseKey, title, updatedAt: now });
  await getDb().courseNames.put(row);
  return row;
}

/** Drops a display name: the course shows the platform's title again. */
export async function clearCourseName(courseKey: string): Promise<void> {
  await getDb().courseNames.delete(courseKey);
}
