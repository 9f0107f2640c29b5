import { z } from './zod';

/** Why the last write of study time failed: the storage is full, the database closed, or anything else. */
export const writeFailureReasonSchema = z.enum(['quota', 'closed', 'other']);
export type WriteFailureReason = z.infer<typeof writeFailureReasonSchema>;

/**
 * Whether the single writer can store study time, kept in `storage.session` under {@link WRITE_STATUS_KEY}
 * for the popup. While failing, the unwritten rows wait in `storage.session` and are retried.
 */
export const writeStatusSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    reason: writeFailureReasonSchema,
    /** ms since epoch of the first failure in this run of failures */
    since: z.number().int().nonnegative(),
    /** Rows waiting to be written. */
    pending: z.number().int().nonnegative(),
  }),
]);
export type WriteStatus = z.infer<typeof writeStatusSchema>;

export const WRITE_STATUS_KEY = 'writeStatus';

/** The reason of a failed IndexedDB write (Dexie keeps the platform's DOMException name, or wraps it). */
export function writeFailureReason(error: unknown): WriteFailureReason {
  const names: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    e = inner;
  }
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.some((name) => name === 'DatabaseClosedError' || name === 'InvalidStateError')) return 'closed';
  return 'other';
}
