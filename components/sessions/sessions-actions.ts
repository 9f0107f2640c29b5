import type { CourseChoice } from '@/storage/manual/manual-entry';
import type { CourseNameRow } from '@/storage/schemas/course-name';
import type { SessionRow } from '@/storage/schemas/rows';

/**
 * What the Sessions view may do, given by the page that mounts it: components never touch storage, and
 * tests pass their own.
 */
export interface SessionsActions {
  /** Sessions overlapping [from, to) ms and every display name; run inside a live query. */
  load(from: number, to: number): Promise<{ sessions: SessionRow[]; names: CourseNameRow[] }>;
  /** The courses a manual entry can be added to, with their display names. */
  courseChoices(): Promise<CourseChoice[]>;
  /** Deletes a session and returns it as it was, for undo. */
  remove(id: string): Promise<SessionRow | undefined>;
  /** Puts a deleted session back unchanged. */
  restore(row: SessionRow): Promise<void>;
  /** Adds a manual session (kind `manual`, tab -1); rejects, writing nothing, when it is invalid. */
  addManual(row: SessionRow): Promise<unknown>;
  /** Replaces a manual session; `undefined` when it is gone. */
  updateManual(row: SessionRow): Promise<SessionRow | undefined>;
  /** A fresh id for a new row. */
  newId(): string;
  /** ms since epoch: today's date bounds the manual entry form. */
  now(): number;
}
