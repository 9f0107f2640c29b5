import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup } from '@/storage/backup/create-backup';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { migrateBackup } from '@/storage/backup/migrations';
import { parseBackupText } from '@/storage/backup/parse-backup-text';
import { getDb } from '@/storage/db';
import { applyRestore, readEverything } from '@/storage/repositories/backup';
import { savePlan } from '@/storage/repositories/plans';
import { makePlanInput } from './support/plan-rows';

/** A backup of format version 1 written by the build before plans (tests/fixtures/backup/README.md). */
const V1_TEXT = readFileSync('tests/fixtures/backup/studytrail-backup-v1.json', 'utf8');
const V1 = JSON.parse(V1_TEXT);
const AFTER_EXPORT = Date.parse(V1.exportedAt) + 60_000;

beforeEach(async () => {
  fakeBrowser.reset();
  const db = getDb();
  await Promise.all([db.sessions.clear(), db.reflections.clear(), db.courseNames.clear(), db.plans.clear()]);
});

describe('a version-1 backup made by the build before plans', () => {
  it('is really version 1, written without plans', () => {
    expect(V1.schemaVersion).toBe(1);
    expect(V1.data.plans).toBeUndefined();
    expect(V1.counts).toEqual({ sessions: 5, reflections: 1, courseNames: 1 });
  });

  it('upgrades to version 2 with no plans and nothing else changed', () => {
    const migrated = migrateBackup(structuredClone(V1));
    if (!migrated.ok) throw new Error('the fixture upgrades');
    expect(migrated.file.schemaVersion).toBe(2);
    expect(migrated.file.counts).toEqual({ ...V1.counts, plans: 0 });
    expect(migrated.file.data).toEqual({ ...V1.data, plans: [] });
  });

  it('parses with its checksum, every row as written', async () => {
    const parsed = await parseBackupText(V1_TEXT, { now: AFTER_EXPORT });
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.error)}`);
    expect(parsed.backup.schemaVersion).toBe(2);
    expect(parsed.backup.data.sessions).toEqual(V1.data.sessions);
    expect(parsed.backup.data.reflections).toEqual(V1.data.reflections);
    expect(parsed.backup.data.courseNames).toEqual(V1.data.courseNames);
    expect(parsed.backup.data.plans).toEqual([]);
  });

  it('restores (replace) every row, name and setting, and backs up again as version 2', async () => {
    const parsed = await parseBackupText(V1_TEXT, { now: AFTER_EXPORT });
    if (!parsed.ok) throw new Error('fixture');
    const result = await applyRestore(parsed.backup.data, 'replace', extensionSettingsStore);
    expect(result).toMatchObject({ ok: true, plan: { sessions: { new: 5 }, reflections: { new: 1 } } });
    const stored = await readEverything(extensionSettingsStore);
    expect(stored.sessions).toEqual(V1.data.sessions);
    expect(stored.reflections).toEqual(V1.data.reflections);
    expect(stored.courseNames).toEqual(V1.data.courseNames);
    expect(stored.settings).toMatchObject({
      weeklyGoalMinutes: 270,
      timeZone: 'Asia/Shanghai',
      shareLevel: 'courses',
    });
    const again = await createBackup(stored, { appVersion: '0.2.0', now: AFTER_EXPORT });
    expect(again.schemaVersion).toBe(2);
    expect(again.counts).toEqual({ ...V1.counts, plans: 0 });
  });

  it('merged into an extension that has plans, keeps those plans', async () => {
    await getDb().sessions.put({ ...V1.data.sessions[1] });
    const saved = await savePlan(
      makePlanInput({ counts: { all: true, courseKeys: [], platformIds: [], manual: false } }),
      {
        id: 'p-1',
        now: AFTER_EXPORT,
      },
    );
    expect(saved.ok).toBe(true);
    const parsed = await parseBackupText(V1_TEXT, { now: AFTER_EXPORT });
    if (!parsed.ok) throw new Error('fixture');
    const result = await applyRestore(parsed.backup.data, 'merge', extensionSettingsStore);
    expect(result).toMatchObject({
      ok: true,
      plan: { plans: { new: 0, updated: 0, unchanged: 0, removed: 0 } },
    });
    expect((await getDb().plans.toArray()).map((plan) => plan.id)).toEqual(['p-1']);
  });
});
