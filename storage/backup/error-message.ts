import { type Locale, type MessageKey, translate } from '../i18n';
import type { BackupError, BackupErrorCode } from './backup-error';

const KEYS: Record<BackupErrorCode, MessageKey> = {
  'too-large': 'backup_tooLarge',
  'not-json': 'backup_notJson',
  truncated: 'backup_truncated',
  'wrong-kind': 'backup_wrongKind',
  'newer-version': 'backup_newerVersion',
  'checksum-mismatch': 'backup_checksumMismatch',
  'duplicate-ids': 'backup_duplicateIds',
  'invalid-field': 'backup_invalidField',
  'time-out-of-range': 'backup_timeOutOfRange',
  'session-too-long': 'backup_sessionTooLong',
  'count-mismatch': 'backup_countMismatch',
  'storage-full': 'backup_storageFull',
  'write-failed': 'backup_writeFailed',
};

/** What went wrong and what to do next, in the user's language. */
export function backupErrorMessage(error: BackupError, locale: Locale): string {
  return translate(locale, KEYS[error.code], error.detail ?? '');
}
