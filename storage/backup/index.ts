/**
 * Backup, restore and erase: the pure parts (file format, checks, plan) and the messages. The database
 * side is storage/repositories/backup.ts; the extension's settings store is ./extension-settings-store.ts.
 */
export type {
  BackupError,
  BackupErrorCode,
  BackupFileErrorCode,
  BackupStorageErrorCode,
} from './backup-error';
export { backupFileName } from './backup-file-name';
export { createBackup, serializeBackup } from './create-backup';
export { backupErrorMessage } from './error-message';
export { migrateBackup } from './migrations';
export { DEFAULT_MAX_BACKUP_BYTES, type ParseBackupResult, parseBackupText } from './parse-backup-text';
export { planRestore, type RestoreMode, type RestorePlan, type TableCounts } from './plan-restore';
export type { SettingsStore } from './settings-store';
