import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { parseBackupText } from '@/storage/backup/parse-backup-text';
import { AppDB, DB_VERSION, getDb } from '@/storage/db';
import { applyRestore, eraseEverything, readEverything } from '@/storage/repositories/backup';
import { allCourseNames, clearCourseName, renameCourse } from '@/storage/repositories/course-names';
import {
  addManualSession,
  deleteSession,
  restoreSession,
  updateManualSession,
} from '@/storage/repositories/sessions';
import { backupText, editedText, NOW, sampleData, seed } from './support/backup-data';
import { makeSession } from './support/session-rows';

const KEY = 'enaea:course:1';
const opened: Dexie[] = [];
beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().courseNames.clear();
  await getDb().sessions.clear();
});
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('database version 3: display names of courses', () => {
  it('a version-2 database upgrades with every row intact and an empty courseNames table', async () => {
    const name = 'studytrail-v2-to-v3';
    const v2 = new Dexie(name);
    v2.version(2).stores({
      sessions: 'id, start, end, courseKey',
      reflections: 'id, createdAt, updatedAt, courseKey',
    });
    const rows = [
      makeSession({ id: 'v2-a', start: NOW - 600_000, end: NOW }),
      makeSession({ id: 'v2-m', start: NOW - 60_000, end: NOW, kind: 'manual', tabId: -1 }),
    ];
    await v2.table('sessions').bulkAdd(rows);
    v2.close();

    const db = new AppDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.sessions.orderBy('id').toArray()).toEqual(rows);
    expect(await db.courseNames.count()).toBe(0);
    await db.courseNames.put({ courseKey: KEY, title: '我的名字', updatedAt: NOW });
    expect(await db.courseNames.get(KEY)).toEqual({ courseKey: KEY, title: '我的名字', updatedAt: NOW });
  });

  it('renames keep the key, refuse an empty or too long name, and clear back to the platform title', async () => {
    await renameCourse(KEY, '  学习公社必修  ', NOW);
    expect(await allCourseNames()).toEqual([{ courseKey: KEY, title: '学习公社必修', updatedAt: NOW }]);
    await expect(renameCourse(KEY, '   ', NOW)).rejects.toThrow();
    await expect(renameCourse(KEY, 'x'.repeat(201), NOW)).rejects.toThrow();
    expect(await allCourseNames()).toHaveLength(1);
    await clearCourseName(KEY);
    expect(await allCourseNames()).toEqual([]);
  });
});

describe('backups carry display names', () => {
  it('a backup with renames round-trips through create, parse and restore', async () => {
    await seed(sampleData());
    await renameCourse(KEY, '重命名的课程', NOW - 1000);
    const data = await readEverything(extensionSettingsStore);
    expect(data.courseNames).toEqual([{ courseKey: KEY, title: '重命名的课程', updatedAt: NOW - 1000 }]);
    const parsed = await parseBackupText(await backupText(data), { now: NOW });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.backup.counts.courseNames).toBe(1);

    await clearCourseName(KEY);
    const result = await applyRestore(parsed.backup.data, 'replace', extensionSettingsStore);
    expect(result.ok).toBe(true);
    expect(await allCourseNames()).toEqual(data.courseNames);
  });

  it('a file without renames has no courseNames field and restores as none (files of earlier builds)', async () => {
    const text = await backupText(sampleData());
    expect(JSON.parse(text).data).not.toHaveProperty('courseNames');
    await renameCourse(KEY, '本机的名字', NOW);
    const parsed = await parseBackupText(text, { now: NOW });
    if (!parsed.ok) throw new Error('expected a valid file');
    await applyRestore(parsed.backup.data, 'merge', extensionSettingsStore);
    expect((await allCourseNames()).map((row) => row.title)).toEqual(['本机的名字']);
    await applyRestore(parsed.backup.data, 'replace', extensionSettingsStore);
    expect(await allCourseNames()).toEqual([]);
  });

  it('a count that does not match the names is refused', async () => {
    const data = { ...sampleData(), courseNames: [{ courseKey: KEY, title: 'A', updatedAt: NOW }] };
    const text = await editedText(
      (file) => {
        file.counts.courseNames = 2;
      },
      { data },
    );
    expect(await parseBackupText(text, { now: NOW })).toEqual({
      ok: false,
      error: { code: 'count-mismatch', detail: 'courseNames' },
    });
  });

  it('erasing everything erases the display names too', async () => {
    await renameCourse(KEY, '要清除的名字', NOW);
    expect((await eraseEverything(extensionSettingsStore)).ok).toBe(true);
    expect(await allCourseNames()).toEqual([]);
  });
});

describe('sessions repository: manual time and deletion', () => {
  const manual = makeSession({
    id: 'manual-1',
    start: NOW - 3_600_000,
    end: NOW,
    kind: 'manual',
    tabId: -1,
    note: '分组研讨',
  });

  it('adds and edits manual sessions only; a tracked session cannot be rewritten', async () => {
    await addManualSession(manual);
    const edited = { ...manual, end: NOW - 600_000, note: '改过' };
    expect(await updateManualSession(edited)).toEqual(edited);
    expect(await getDb().sessions.get('manual-1')).toEqual(edited);
    const tracked = makeSession({ id: 'tracked', start: NOW - 60_000, end: NOW });
    await getDb().sessions.put(tracked);
    await expect(updateManualSession({ ...tracked, kind: 'manual', tabId: -1 })).rejects.toThrow(
      /Only manual/,
    );
    await expect(addManualSession(tracked)).rejects.toThrow(/Not a manual session/);
    expect(await updateManualSession({ ...manual, id: 'gone' })).toBeUndefined();
  });

  it('refuses end before start, over a day, or a too long note, and writes nothing', async () => {
    await expect(addManualSession({ ...manual, end: manual.start - 1 })).rejects.toThrow();
    await expect(addManualSession({ ...manual, end: manual.start + 24 * 3_600_000 + 1 })).rejects.toThrow();
    await expect(addManualSession({ ...manual, note: 'x'.repeat(501) })).rejects.toThrow();
    expect(await getDb().sessions.count()).toBe(0);
  });

  it('deletes a session and puts it back unchanged', async () => {
    await addManualSession(manual);
    const removed = await deleteSession('manual-1');
    expect(removed).toEqual(manual);
    expect(await getDb().sessions.count()).toBe(0);
    await restoreSession(removed as typeof manual);
    expect(await getDb().sessions.get('manual-1')).toEqual(manual);
  });
});
