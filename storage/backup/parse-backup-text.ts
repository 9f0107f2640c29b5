import { BACKUP_KIND, type Backup, backupSchema, backupSchemaUntil } from '../schemas/backup';
import { DAY_MS, EARLIEST_TIME_MS, SESSION_TOO_LONG, TIME_OUT_OF_RANGE } from '../schemas/rows';
import type { BackupError, BackupFileErrorCode } from './backup-error';
import { canonicalJson } from './canonical-json';
import { firstDuplicateId } from './duplicate-ids';
import { fieldPath } from './field-path';
import { isTruncatedJson } from './json-failure';
import { migrateBackup, versionError } from './migrations';
import { planIssueDetail, planSetProblem } from './plan-checks';
import { sha256Hex } from './sha256';
import { exceedsUtf8Bytes, megabytes } from './text-size';

/** 50 MiB: a heavy year is a few MB, so anything this big is not a backup. */
export const DEFAULT_MAX_BACKUP_BYTES = 50 * 2 ** 20;

export type ParseBackupResult =
  | { ok: true; backup: Backup }
  | { ok: false; error: BackupError<BackupFileErrorCode> };

const refuse = (code: BackupFileErrorCode, detail?: string): ParseBackupResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether `data` still hashes to the file's checksum; undefined when the data is too deep to hash. */
async function checksumMatches(data: unknown, sha256: string): Promise<boolean | undefined> {
  let text: string;
  try {
    text = canonicalJson(data);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  return (await sha256Hex(text)) === sha256;
}

/** The code for a zod issue: the time rules have their own, so the message can say what is wrong. */
function fieldErrorCode(message: string | undefined): BackupFileErrorCode {
  if (message === TIME_OUT_OF_RANGE) return 'time-out-of-range';
  if (message === SESSION_TOO_LONG) return 'session-too-long';
  return 'invalid-field';
}

/**
 * The latest time a row of this file may carry: a day after its export, which itself may be at most a day
 * after `now` (clocks differ between machines). Undefined when `exportedAt` is out of range.
 */
function latestRowTime(exportedAt: unknown, now: number): number | undefined {
  if (!backupSchema.shape.exportedAt.safeParse(exportedAt).success) return now + DAY_MS;
  const exportedMs = Date.parse(exportedAt as string);
  if (exportedMs < EARLIEST_TIME_MS || exportedMs > now + DAY_MS) return undefined;
  return exportedMs + DAY_MS;
}

/**
 * Reads a backup file's text, checking in order: size, JSON, kind, version, checksum, then (after upgrading
 * an older version) every field, times between 2000 and a day after the export, unique ids, the
 * counts, and the plans as the plan form checks them. Never throws for any text; the first problem found is the error, and nothing has been written.
 */
export async function parseBackupText(
  text: string,
  { maxBytes = DEFAULT_MAX_BACKUP_BYTES, now = Date.now() }: { maxBytes?: number; now?: number } = {},
): Promise<ParseBackupResult> {
  if (exceedsUtf8Bytes(text, maxBytes)) return refuse('too-large', megabytes(text));
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return refuse('not-json', 'empty');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return refuse(isTruncatedJson(json, error) ? 'truncated' : 'not-json', String(error));
  }
  if (!isRecord(raw) || raw.kind !== BACKUP_KIND) {
    return refuse(
      'wrong-kind',
      isRecord(raw) && typeof raw.kind === 'string' ? raw.kind.slice(0, 50) : undefined,
    );
  }
  const badVersion = versionError(raw);
  if (badVersion) return { ok: false, error: badVersion };
  // The checksum covers the data as its own version wrote it, so it is checked before upgrading.
  if (!backupSchema.shape.sha256.safeParse(raw.sha256).success) return refuse('invalid-field', 'sha256');
  const matches = await checksumMatches(raw.data, raw.sha256 as string);
  if (matches === undefined) return refuse('invalid-field', 'data');
  if (!matches) return refuse('checksum-mismatch');
  const migrated = migrateBackup(raw);
  if (!migrated.ok) return { ok: false, error: migrated.error };
  const latest = latestRowTime(migrated.file.exportedAt, now);
  if (latest === undefined) return refuse('time-out-of-range', 'exportedAt');
  const parsed = backupSchemaUntil(latest).safeParse(migrated.file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    // A plan is refused as the plan form refuses it, naming the plan and the rule it breaks.
    if (path[0] === 'data' && path[1] === 'plans' && path.length > 3) {
      return refuse('invalid-plan', planIssueDetail(migrated.file, path, issue?.message));
    }
    return refuse(fieldErrorCode(issue?.message), fieldPath(path));
  }
  const backup = parsed.data;
  const duplicate = firstDuplicateId(backup.data.sessions) ?? firstDuplicateId(backup.data.reflections);
  if (duplicate !== undefined) return refuse('duplicate-ids', duplicate);
  if (backup.counts.sessions !== backup.data.sessions.length) return refuse('count-mismatch', 'sessions');
  if (backup.counts.reflections !== backup.data.reflections.length)
    return refuse('count-mismatch', 'reflections');
  if ((backup.counts.courseNames ?? 0) !== (backup.data.courseNames?.length ?? 0))
    return refuse('count-mismatch', 'courseNames');
  const names = (backup.data.courseNames ?? []).map((row) => ({ id: row.courseKey }));
  const duplicateName = firstDuplicateId(names);
  if (duplicateName !== undefined) return refuse('duplicate-ids', duplicateName);
  const plans = backup.data.plans ?? [];
  if (backup.counts.plans !== plans.length) return refuse('count-mismatch', 'plans');
  const duplicatePlan = firstDuplicateId(plans);
  if (duplicatePlan !== undefined) return refuse('duplicate-ids', duplicatePlan);
  const planProblem = planSetProblem(plans);
  if (planProblem !== undefined) return refuse('invalid-plan', planProblem);
  return { ok: true, backup };
}
