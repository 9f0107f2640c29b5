import type { BackupError, BackupStorageErrorCode } from './backup-error';

/** The error and the ones it wraps: Dexie's `inner`, a BulkError's `failures`, an Error's `cause`. */
function* causes(error: unknown, depth = 0): Generator<unknown> {
  if (depth > 5 || error === null || typeof error !== 'object') return;
  yield error;
  const { inner, cause, failures } = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  yield* causes(inner, depth + 1);
  yield* causes(cause, depth + 1);
  if (Array.isArray(failures)) for (const failure of failures) yield* causes(failure, depth + 1);
}

/** IndexedDB's QuotaExceededError, or storage.local's "QUOTA_BYTES quota exceeded". */
function isQuotaError(error: unknown): boolean {
  for (const cause of causes(error)) {
    const { name, message } = cause as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
  }
  return false;
}

/** A failed write as the error a user sees: a full disk, or anything else with its cause. */
export function storageError(error: unknown): BackupError<BackupStorageErrorCode> {
  if (isQuotaError(error)) return { code: 'storage-full' };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'write-failed', detail: detail.slice(0, 200) };
}
