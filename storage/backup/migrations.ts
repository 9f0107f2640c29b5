import { BACKUP_SCHEMA_VERSION } from '../schemas/backup';
import type { BackupError } from './backup-error';

/** One step of the chain: a raw file of version N becomes version N + 1. Returns a new object. */
export type BackupUpgrade = (file: Record<string, unknown>) => Record<string, unknown>;

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * Version 1 → 2: version 2 adds training plans. A version-1 file had none, so it gets an empty list and a
 * count of 0; nothing else changes (the checksum was checked on the data as version 1 wrote it).
 */
export const upgradeV1ToV2: BackupUpgrade = (file) => {
  const data = asRecord(file.data);
  const counts = asRecord(file.counts);
  return {
    ...file,
    counts: { ...counts, plans: 0 },
    data: { ...data, plans: [] },
  };
};

/**
 * `BACKUP_UPGRADES[i]` upgrades a file of version i + 1 to version i + 2. When the format changes: bump
 * BACKUP_SCHEMA_VERSION, append the step from the previous version here, and commit a real file of the
 * previous version (exported by the old build) under tests/fixtures/backup/ with a test that it upgrades,
 * parses and restores (tests/unit/backup-v1-fixture.test.ts for version 1).
 */
export const BACKUP_UPGRADES: readonly BackupUpgrade[] = [upgradeV1ToV2];

export type MigrationResult =
  | { ok: true; file: Record<string, unknown> }
  | { ok: false; error: BackupError<'newer-version' | 'invalid-field'> };

/** Why a file's `schemaVersion` cannot be brought to `target`, or undefined when it can. */
export function versionError(
  file: Record<string, unknown>,
  target = BACKUP_SCHEMA_VERSION,
): BackupError<'newer-version' | 'invalid-field'> | undefined {
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { code: 'invalid-field', detail: 'schemaVersion' };
  }
  if (version > target) return { code: 'newer-version', detail: String(version) };
  return undefined;
}

/**
 * Runs the steps from the file's `schemaVersion` up to `target`, one version at a time. A file newer than
 * `target` is refused: this build cannot know what the newer fields mean.
 */
export function upgradeChain(
  file: Record<string, unknown>,
  upgrades: readonly BackupUpgrade[],
  target: number,
): MigrationResult {
  const refused = versionError(file, target);
  if (refused) return { ok: false, error: refused };
  const version = file.schemaVersion as number;
  let upgraded = file;
  for (let from = version; from < target; from += 1) {
    const step = upgrades[from - 1];
    if (!step) throw new Error(`No backup upgrade from schemaVersion ${from} to ${from + 1}`);
    upgraded = { ...step(upgraded), schemaVersion: from + 1 };
  }
  return { ok: true, file: upgraded };
}

/** Brings a raw backup file of any known version to the current format, before it is validated. */
export function migrateBackup(file: Record<string, unknown>): MigrationResult {
  return upgradeChain(file, BACKUP_UPGRADES, BACKUP_SCHEMA_VERSION);
}
