import type { CourseNameRow } from '@/storage/schemas/course-name';
import type { SessionRow } from '@/storage/schemas/rows';

/**
 * What the Courses view may do, given by the page that mounts it: components never touch storage, and
 * tests pass their own.
 */
export interface CoursesActions {
  /** Every session and every display name; run inside a live query, so the table follows every change. */
  load(): Promise<{ sessions: SessionRow[]; names: CourseNameRow[] }>;
  /** Stores a display name (the key stays). Rejects when the name is invalid. */
  rename(courseKey: string, title: string): Promise<unknown>;
  /** Drops the display name: the platform's title shows again. */
  clearName(courseKey: string): Promise<void>;
}
