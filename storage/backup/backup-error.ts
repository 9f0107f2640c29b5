/** Why a backup file was refused; nothing was imported. */
export type BackupFileErrorCode =
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'wrong-kind'
  | 'newer-version'
  | 'checksum-mismatch'
  | 'duplicate-ids'
  | 'invalid-field'
  | 'time-out-of-range'
  | 'session-too-long'
  | 'count-mismatch'
  | 'invalid-plan';

/** Why a restore or an erase could not be written; the stored data is as it was. */
export type BackupStorageErrorCode = 'storage-full' | 'write-failed';

export type BackupErrorCode = BackupFileErrorCode | BackupStorageErrorCode;

/**
 * A failure a user can meet, with what is needed to explain it: the size in MB for 'too-large', the
 * file's version for 'newer-version', the repeated id for 'duplicate-ids', the field's path
 * (`data.sessions[3].end`) for 'invalid-field', 'time-out-of-range' and 'session-too-long', the table for 'count-mismatch',
 * `<plan error code>:<plan name>` for 'invalid-plan' (storage/backup/plan-checks.ts), the cause otherwise.
 */
export interface BackupError<Code extends BackupErrorCode = BackupErrorCode> {
  code: Code;
  detail?: string;
}

export type BackupResult<T, Code extends BackupErrorCode = BackupErrorCode> =
  | ({ ok: true } & T)
  | { ok: false; error: BackupError<Code> };
