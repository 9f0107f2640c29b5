import { BACKUP_KIND, BACKUP_SCHEMA_VERSION, type Backup, type BackupData } from '../schemas/backup';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';
import { splitLongSessions } from './split-long-sessions';

/**
 * The backup of everything: the tables (sessions, reflections, display names, plans) and the settings, with counts and a checksum of `data`.
 * Rows are taken as given (they come from the database), except that a session over a day long is cut into
 * day-long pieces, which restore accepts; `now` is ms since epoch.
 */
export async function createBackup(
  data: BackupData,
  { appVersion, now }: { appVersion: string; now: number },
): Promise<Backup> {
  const { reflections, settings } = data;
  const sessions = splitLongSessions(data.sessions);
  // Written only when there are any: a file without renames stays readable by builds older than the field.
  const names = data.courseNames?.length ? { courseNames: data.courseNames } : {};
  // Always written in version 2, even empty: the count says the file was made with plans in mind.
  const plans = data.plans ?? [];
  return {
    kind: BACKUP_KIND,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion,
    exportedAt: new Date(now).toISOString(),
    counts: {
      sessions: sessions.length,
      reflections: reflections.length,
      ...(names.courseNames ? { courseNames: names.courseNames.length } : {}),
      plans: plans.length,
    },
    sha256: await sha256Hex(canonicalJson({ sessions, reflections, ...names, plans, settings })),
    data: { sessions, reflections, ...names, plans, settings },
  };
}

/** The file's text: indented so a person can read the header, one JSON document. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
