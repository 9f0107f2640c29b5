import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { getDb } from '@/storage/db';
import { applyRestore } from '@/storage/repositories/backup';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { dump, makeReflection, NOW, otherData, sampleData, seed } from './support/backup-data';
import { makeSession } from './support/session-rows';

beforeEach(async () => {
  fakeBrowser.reset();
  await seed(otherData());
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('all or nothing', () => {
  it('a write failing midway (after the sessions were written) leaves both tables and settings as they were', async () => {
    const db = getDb();
    const before = await dump();
    const sessionsWritten = vi.spyOn(db.sessions, 'bulkPut');
    vi.spyOn(db.reflections, 'bulkPut').mockRejectedValueOnce(
      new DOMException('disk full', 'QuotaExceededError'),
    );

    const result = await applyRestore(sampleData(), 'replace', extensionSettingsStore);

    expect(sessionsWritten).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ ok: false, error: { code: 'storage-full' } });
    expect(await dump()).toEqual(before);
  });

  it('a row the database refuses (an invalid key) rolls back the whole restore', async () => {
    const before = await dump();
    const data = sampleData();
    const badKey = { ...makeReflection({ id: 'x' }), id: { not: 'a key' } } as unknown as ReflectionRow;
    const result = await applyRestore(
      { ...data, reflections: [...data.reflections, badKey] },
      'replace',
      extensionSettingsStore,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(await dump()).toEqual(before);
  });

  it('settings that cannot be stored after the rows committed: the rows are put back, storage-full is returned', async () => {
    const before = await dump();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await applyRestore(sampleData(), 'replace', extensionSettingsStore);
    expect(result).toEqual({ ok: false, error: { code: 'storage-full' } });
    expect(await dump()).toEqual(before);
  });

  it('putting the rows back leaves alone a session written after the restore', async () => {
    const store = {
      ...extensionSettingsStore,
      replace: async () => {
        await getDb().sessions.put(makeSession({ id: 'heartbeat-meanwhile', start: NOW, end: NOW }));
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const before = await dump();
    expect((await applyRestore(sampleData(), 'replace', store)).ok).toBe(false);
    const after = await dump();
    expect(after.sessions.filter((row) => row.id !== 'heartbeat-meanwhile')).toEqual(before.sessions);
    expect(after.sessions.map((row) => row.id)).toContain('heartbeat-meanwhile');
    expect(after.reflections).toEqual(before.reflections);
  });

  it('merge never touches the settings', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await applyRestore(sampleData(), 'merge', extensionSettingsStore);
    expect(result.ok).toBe(true);
    expect(set).not.toHaveBeenCalled();
  });
});
