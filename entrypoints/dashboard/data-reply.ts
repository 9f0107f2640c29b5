import type { DataReply } from '@/components/data/data-actions';
import type { BackupErrorCode } from '@/storage/backup';
import { z } from '@/storage/schemas/zod';

/** Every code, so a reply with a code this page cannot explain is refused (the Record keeps it complete). */
const CODES: Record<BackupErrorCode, true> = {
  'too-large': true,
  'not-json': true,
  truncated: true,
  'wrong-kind': true,
  'newer-version': true,
  'checksum-mismatch': true,
  'duplicate-ids': true,
  'invalid-field': true,
  'time-out-of-range': true,
  'session-too-long': true,
  'count-mismatch': true,
  'invalid-plan': true,
  'storage-full': true,
  'write-failed': true,
};

const count = z.number().int().nonnegative();
const tableCounts = z.object({ new: count, updated: count, unchanged: count, removed: count });

const dataReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    text: z.string().optional(),
    fileName: z.string().optional(),
    plan: z
      .object({
        sessions: tableCounts,
        reflections: tableCounts,
        plans: tableCounts.optional(),
        settings: z.enum(['unchanged', 'replaced']),
      })
      .optional(),
  }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.custom<BackupErrorCode>((code) => typeof code === 'string' && Object.hasOwn(CODES, code)),
      detail: z.string().optional(),
    }),
  }),
]);

/**
 * The background's reply to a data message, checked. Anything else (no reply, a protocol error such as
 * `invalid-message`, a malformed answer) becomes a 'write-failed' error carrying what was received.
 */
export function parseDataReply(raw: unknown): DataReply {
  const parsed = dataReplySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  let received = 'no reply';
  if (raw !== null && typeof raw === 'object' && 'error' in raw && typeof raw.error === 'string') {
    received = raw.error;
  } else if (raw !== undefined) received = JSON.stringify(raw);
  return { ok: false, error: { code: 'write-failed', detail: received } };
}
