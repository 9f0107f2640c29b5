import { type Locale, type MessageKey, translate } from '../i18n';
import { planErrorMessage } from '../plans/error-message';
import type { BackupError, BackupErrorCode } from './backup-error';
import { readInvalidPlanDetail } from './plan-checks';

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
  'invalid-plan': 'backup_invalidPlan',
  'storage-full': 'backup_storageFull',
  'write-failed': 'backup_writeFailed',
};

/** What went wrong and what to do next, in the user's language. */
export function backupErrorMessage(error: BackupError, locale: Locale): string {
  if (error.code === 'invalid-plan') {
    // The plan's own refusal, as the plan form words it; the overlap's other plan is not named in a backup.
    const { code, name } = readInvalidPlanDetail(error.detail ?? '');
    return translate(
      locale,
      'backup_invalidPlan',
      name,
      planErrorMessage({ code, field: 'name', detail: '' }, locale),
    );
  }
  return translate(locale, KEYS[error.code], error.detail ?? '');
}
