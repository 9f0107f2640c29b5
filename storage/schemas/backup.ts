import { courseNameRowSchema } from './course-name';
import { planRowSchema } from './plan';
import { reflectionRowSchemaUntil, sessionRowSchemaUntil } from './rows';
import { parseSettings } from './settings';
import { z } from './zod';

export const BACKUP_KIND = 'studytrail.backup';

/** The backup format this build writes and reads; older files are upgraded first (storage/backup/migrations.ts). */
export const BACKUP_SCHEMA_VERSION = 2;

/** The most training plans one backup may carry. */
export const BACKUP_MAX_PLANS = 1000;

/** Settings in a file fall back field by field like stored ones, but the value itself must be an object. */
const backupSettingsSchema = z.looseObject({}).transform(parseSettings);

/**
 * Everything the extension keeps: both tables and the settings. Rows are strict: a bad value is an error,
 * and no time may lie after `latestMs` (see `backupSchemaUntil`).
 */
export function backupDataSchemaUntil(latestMs: number) {
  return z.object({
    sessions: z.array(sessionRowSchemaUntil(latestMs)),
    reflections: z.array(reflectionRowSchemaUntil(latestMs)),
    /**
     * The learner's display names of courses (database version 3). Optional: files written before it parse
     * unchanged (an additive field, docs/architecture.md "Contract changes"); absent means none.
     */
    courseNames: z.array(courseNameRowSchema).max(100_000).optional(),
    /**
     * Training plans (format version 2). Every file of version 2 written by StudyTrail has the field; a file
     * upgraded from version 1 gets an empty list. Each plan is checked by the plan form's rules.
     */
    plans: z.array(planRowSchema).max(BACKUP_MAX_PLANS).optional(),
    settings: backupSettingsSchema,
  });
}

export const backupDataSchema = backupDataSchemaUntil(Number.MAX_SAFE_INTEGER);
export type BackupData = z.infer<typeof backupDataSchema>;

/**
 * The backup file (one JSON document), as written by `createBackup` and read by `parseBackupText`, whose
 * rows end no later than `latestMs`: the file's export time plus a day when restoring.
 */
export function backupSchemaUntil(latestMs: number) {
  return z.object({
    kind: z.literal(BACKUP_KIND),
    schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
    /** Version of the extension that wrote the file (informative only). */
    appVersion: z.string().max(50),
    /** ISO 8601 */
    exportedAt: z.iso.datetime({ offset: true }),
    /** Row counts, checked against `data` to catch a file cut or spliced by hand. */
    counts: z.object({
      sessions: z.number().int().nonnegative(),
      reflections: z.number().int().nonnegative(),
      courseNames: z.number().int().nonnegative().optional(),
      /** Plans in `data.plans` (required from format version 2). */
      plans: z.number().int().nonnegative(),
    }),
    /** Lower-case hex SHA-256 of the canonical JSON of `data` (keys sorted recursively). */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    data: backupDataSchemaUntil(latestMs),
  });
}

export const backupSchema = backupSchemaUntil(Number.MAX_SAFE_INTEGER);
export type Backup = z.infer<typeof backupSchema>;
