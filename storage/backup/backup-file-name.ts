import { localDate } from '../tracking/local-day';

/** `studytrail-backup-2026-04-15.json`: the local day of the export, so files sort by date. */
export function backupFileName(now: number, timeZone: string): string {
  return `studytrail-backup-${localDate(now, timeZone)}.json`;
}
