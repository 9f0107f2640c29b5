import { describe, expect, it } from 'vitest';
import {
  BACKUP_UPGRADES,
  type BackupUpgrade,
  migrateBackup,
  upgradeChain,
} from '@/storage/backup/migrations';
import { BACKUP_SCHEMA_VERSION } from '@/storage/schemas/backup';
import { backupText } from './support/backup-data';

describe('migrateBackup (the real chain)', () => {
  it('has exactly one upgrade step per older version', () => {
    expect(BACKUP_UPGRADES).toHaveLength(BACKUP_SCHEMA_VERSION - 1);
  });

  it('passes a file of the current version through unchanged', async () => {
    const file = JSON.parse(await backupText());
    const before = structuredClone(file);
    const result = migrateBackup(file);
    expect(result).toEqual({ ok: true, file: before });
    expect(file).toEqual(before);
  });

  it('refuses a file newer than this build, naming its version', async () => {
    const file = { ...JSON.parse(await backupText()), schemaVersion: BACKUP_SCHEMA_VERSION + 1 };
    expect(migrateBackup(file)).toEqual({
      ok: false,
      error: { code: 'newer-version', detail: String(BACKUP_SCHEMA_VERSION + 1) },
    });
  });

  it('refuses a version that never existed', () => {
    expect(migrateBackup({ schemaVersion: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-field' },
    });
  });
});

/*
 * The mechanism, on a chain given to it: these steps only record that they ran (no invented historical
 * format). The real step from version 1 is tested on a real file in backup-v1-fixture.test.ts.
 */
describe('upgradeChain (the mechanism)', () => {
  const recording: BackupUpgrade[] = [
    (file) => ({ ...file, steps: [...((file.steps as string[]) ?? []), '1→2'] }),
    (file) => ({ ...file, steps: [...((file.steps as string[]) ?? []), '2→3'] }),
  ];

  it('runs every step from the file’s version up to the target, in order, and stamps each version', () => {
    expect(upgradeChain({ schemaVersion: 1 }, recording, 3)).toEqual({
      ok: true,
      file: { schemaVersion: 3, steps: ['1→2', '2→3'] },
    });
  });

  it('starts at the file’s own version', () => {
    expect(upgradeChain({ schemaVersion: 2 }, recording, 3)).toEqual({
      ok: true,
      file: { schemaVersion: 3, steps: ['2→3'] },
    });
  });

  it('does not change the file it was given', () => {
    const file = { schemaVersion: 1 };
    upgradeChain(file, recording, 3);
    expect(file).toEqual({ schemaVersion: 1 });
  });

  it('throws for a developer who bumped the version without adding the step', () => {
    expect(() => upgradeChain({ schemaVersion: 1 }, recording.slice(0, 1), 3)).toThrow(
      /No backup upgrade from schemaVersion 2 to 3/,
    );
  });
});
