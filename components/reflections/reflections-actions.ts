import type { ReflectionRow } from '@/storage/schemas/rows';

/** The editable fields of a reflection (its identity, course and sessions never change in an edit). */
export type ReflectionChanges = Pick<ReflectionRow, 'topics' | 'learned' | 'thought' | 'apply' | 'isCase'> & {
  rating?: number;
};

/**
 * What the Reflections view may do, given by the page that mounts it: components never touch storage or
 * browser APIs themselves, and tests pass their own.
 */
export interface ReflectionsActions {
  /** Every reflection; run inside a live query, so the list follows every change. */
  all(): Promise<ReflectionRow[]>;
  /** Saves an edit; `undefined` when the row is gone. Rejects when the row would be invalid. */
  update(id: string, changes: ReflectionChanges): Promise<ReflectionRow | undefined>;
  /** Deletes a row and returns it as it was, for undo. */
  remove(id: string): Promise<ReflectionRow | undefined>;
  /** Puts a deleted row back unchanged. */
  restore(row: ReflectionRow): Promise<void>;
  /** Saves a file in the user's downloads: the only way a case draft leaves the machine. */
  download(data: Blob, fileName: string): void;
}
