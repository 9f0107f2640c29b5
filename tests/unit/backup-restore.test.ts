import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackupFileErrorCode } from '@/storage/backup/backup-error';
import { createBackup, serializeBackup } from '@/storage/backup/create-backup';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { DEFAULT_MAX_BACKUP_BYTES, parseBackupText } from '@/storage/backup/parse-backup-text';
import type { RestoreMode } from '@/storage/backup/plan-restore';
import { applyRestore, previewRestore, readEverything } from '@/storage/repositories/backup';
import type { BackupData } from '@/storage/schemas/backup';
import type { ReflectionRow } from '@/storage/schemas/rows';
import {
  backupText,
  byId,
  dump,
  editedText,
  MIN,
  makeReflection,
  NOW,
  otherData,
  sampleData,
  seed,
  T0,
} from './support/backup-data';
import { makeSession } from './support/session-rows';

beforeEach(async () => {
  fakeBrowser.reset();
  await seed(otherData());
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** What the dashboard does with a chosen file: parse it, and only if it is good, restore it. */
async function importText(text: string, mode: RestoreMode) {
  const parsed = await parseBackupText(text);
  if (!parsed.ok) return parsed;
  return applyRestore(parsed.backup.data, mode, extensionSettingsStore);
}

describe('round trip', () => {
  it('export, serialise, parse and replace gives back exactly what was there, settings too', async () => {
    await seed(sampleData());
    const original = await readEverything(extensionSettingsStore);
    const text = serializeBackup(await createBackup(original, { appVersion: '0.1.0', now: NOW }));

    await seed(otherData());
    expect(await readEverything(extensionSettingsStore)).not.toEqual(original);

    const result = await importText(text, 'replace');
    expect(result.ok).toBe(true);
    expect(await readEverything(extensionSettingsStore)).toEqual(original);
  });

  it('readEverything reads both tables in id order and the settings with defaults filled in', async () => {
    const data = sampleData();
    await seed(data);
    expect(await readEverything(extensionSettingsStore)).toEqual({
      sessions: byId(data.sessions),
      reflections: byId(data.reflections),
      settings: data.settings,
    });
  });

  it('replace reports what it did', async () => {
    const result = await importText(await backupText(), 'replace');
    expect(result).toEqual({
      ok: true,
      plan: {
        sessions: { new: 3, updated: 1, unchanged: 0, removed: 1 },
        reflections: { new: 2, updated: 0, unchanged: 0, removed: 1 },
        plans: { new: 0, updated: 0, unchanged: 0, removed: 0 },
        settings: 'replaced',
      },
    });
  });

  it('previewRestore tells the same plan before anything is written', async () => {
    const parsed = await parseBackupText(await backupText());
    if (!parsed.ok) throw new Error('fixture');
    const before = await dump();
    const preview = await previewRestore(parsed.backup.data, 'merge');
    expect(await dump()).toEqual(before);
    const result = await applyRestore(parsed.backup.data, 'merge', extensionSettingsStore);
    expect(result).toEqual({ ok: true, plan: preview });
  });
});

describe('merge', () => {
  const here: BackupData = {
    sessions: [
      makeSession({ id: 'a', start: T0, end: T0 + 10 * MIN }),
      makeSession({ id: 'b', start: T0, end: T0 + 10 * MIN }),
      makeSession({ id: 'c', start: T0, end: T0 + 30 * MIN }),
    ],
    reflections: [
      makeReflection({ id: 'r', updatedAt: T0 }),
      makeReflection({ id: 'q', updatedAt: T0 + MIN }),
    ],
    settings: otherData().settings,
  };
  const file: BackupData = {
    sessions: [
      makeSession({ id: 'a', start: T0, end: T0 + 10 * MIN }),
      makeSession({ id: 'b', start: T0, end: T0 + 20 * MIN }),
      makeSession({ id: 'c', start: T0, end: T0 + 20 * MIN }),
      makeSession({ id: 'd', start: T0 + 60 * MIN, end: T0 + 70 * MIN }),
    ],
    reflections: [
      makeReflection({ id: 'r', updatedAt: T0 + 2 * MIN, learned: '文件里更新过' }),
      makeReflection({ id: 'q', updatedAt: T0, learned: '文件里旧的' }),
      makeReflection({ id: 's' }),
    ],
    settings: sampleData().settings,
  };

  it('counts new, updated and unchanged exactly, and writes just that', async () => {
    await seed(here);
    const result = await importText(
      serializeBackup(await createBackup(file, { appVersion: '0.1.0', now: NOW })),
      'merge',
    );
    expect(result).toEqual({
      ok: true,
      plan: {
        sessions: { new: 1, updated: 1, unchanged: 2, removed: 0 },
        reflections: { new: 1, updated: 1, unchanged: 1, removed: 0 },
        plans: { new: 0, updated: 0, unchanged: 0, removed: 0 },
        settings: 'unchanged',
      },
    });
    const after = await readEverything(extensionSettingsStore);
    const pick = (id: string) => after.sessions.find((row) => row.id === id)?.end;
    expect(after.sessions.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd']);
    expect([pick('b'), pick('c')]).toEqual([T0 + 20 * MIN, T0 + 30 * MIN]);
    expect(after.reflections.map((row: ReflectionRow) => [row.id, row.learned])).toEqual([
      ['q', here.reflections[1]?.learned],
      ['r', '文件里更新过'],
      ['s', file.reflections[2]?.learned],
    ]);
    expect(after.settings).toEqual(here.settings);
  });

  it('merging the same file twice changes nothing the second time', async () => {
    await seed(here);
    const text = serializeBackup(await createBackup(file, { appVersion: '0.1.0', now: NOW }));
    await importText(text, 'merge');
    const once = await dump();
    const again = await importText(text, 'merge');
    expect(again.ok && again.plan.sessions).toEqual({ new: 0, updated: 0, unchanged: 4, removed: 0 });
    expect(await dump()).toEqual(once);
  });
});

describe('a bad file changes nothing', () => {
  const cases: [string, BackupFileErrorCode, () => Promise<string>][] = [
    ['not JSON', 'not-json', async () => '学迹备份？不是。'],
    [
      'truncated (a valid file cut in half)',
      'truncated',
      async () => {
        const text = await backupText();
        return text.slice(0, text.length / 2);
      },
    ],
    [
      'wrong kind (a digest)',
      'wrong-kind',
      async () => JSON.stringify({ kind: 'studytrail.digest', schemaVersion: 1 }),
    ],
    [
      'newer schemaVersion',
      'newer-version',
      () =>
        editedText((file) => {
          file.schemaVersion = 3;
        }),
    ],
    [
      'checksum mismatch (one field edited, hash not updated)',
      'checksum-mismatch',
      () =>
        editedText(
          (file) => {
            file.data.reflections[0].learned = '改过';
          },
          { rehash: false },
        ),
    ],
    [
      'duplicated ids',
      'duplicate-ids',
      () =>
        editedText((file) => {
          file.data.sessions[1].id = 's-1';
        }),
    ],
    [
      'a session whose end is before its start',
      'invalid-field',
      () =>
        editedText((file) => {
          file.data.sessions[0].end = file.data.sessions[0].start - 1;
        }),
    ],
    [
      'a session ending in the year 9999',
      'time-out-of-range',
      () =>
        editedText((file) => {
          file.data.sessions[0].end = Date.UTC(9999, 11, 31);
        }),
    ],
    [
      'a rating of 9',
      'invalid-field',
      () =>
        editedText((file) => {
          file.data.reflections[0].rating = 9;
        }),
    ],
    [
      'a reflection without learned',
      'invalid-field',
      () =>
        editedText((file) => {
          delete file.data.reflections[0].learned;
        }),
    ],
    [
      'a file over 50 MB',
      'too-large',
      async () => {
        const text = await backupText();
        return text + ' '.repeat(DEFAULT_MAX_BACKUP_BYTES - text.length + 1024);
      },
    ],
    [
      'count mismatch',
      'count-mismatch',
      () =>
        editedText((file) => {
          file.counts.sessions = 99;
        }),
    ],
  ];

  it.each(cases)('%s: refused as %s, database and settings exactly as they were', async (_, code, make) => {
    const text = await make();
    for (const mode of ['replace', 'merge'] as const) {
      const before = await dump();
      const result = await importText(text, mode);
      expect(result).toMatchObject({ ok: false, error: { code } });
      expect(await dump()).toEqual(before);
    }
  });
});
