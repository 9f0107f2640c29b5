import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { getDb } from '@/storage/db';
import { eraseEverything, readEverything } from '@/storage/repositories/backup';
import { countSessions, putSessions } from '@/storage/repositories/sessions';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { loadSettings, saveSettings } from '@/storage/settings';
import { dump, NOW, sampleData, seed } from './support/backup-data';
import { makeSession } from './support/session-rows';

beforeEach(async () => {
  fakeBrowser.reset();
  await seed(sampleData());
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('eraseEverything', () => {
  it('leaves empty tables and no stored settings', async () => {
    expect(await eraseEverything(extensionSettingsStore)).toEqual({ ok: true });
    expect(await dump()).toEqual({ sessions: [], reflections: [], storage: {} });
  });

  it('every setting is back at its default', async () => {
    await eraseEverything(extensionSettingsStore);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readEverything(extensionSettingsStore)).toEqual({
      sessions: [],
      reflections: [],
      settings: DEFAULT_SETTINGS,
    });
  });

  it('the database still works afterwards: new sessions and settings are stored', async () => {
    await eraseEverything(extensionSettingsStore);
    expect(getDb().isOpen()).toBe(true);
    await putSessions([makeSession({ id: 'after-erase', start: NOW, end: NOW + 60_000 })]);
    expect(await countSessions()).toBe(1);
    await saveSettings({ weeklyGoalMinutes: 300 });
    expect((await loadSettings()).weeklyGoalMinutes).toBe(300);
  });

  it('keeps other extension data in storage.local', async () => {
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await eraseEverything(extensionSettingsStore);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ unrelated: 1 });
  });

  it('erasing an empty extension succeeds', async () => {
    await eraseEverything(extensionSettingsStore);
    expect(await eraseEverything(extensionSettingsStore)).toEqual({ ok: true });
  });

  it('if the tables cannot be cleared, the records are untouched and an error is returned', async () => {
    const before = await dump();
    vi.spyOn(getDb().reflections, 'clear').mockRejectedValueOnce(new Error('disk I/O error'));
    const result = await eraseEverything(extensionSettingsStore);
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    const after = await dump();
    expect([after.sessions, after.reflections]).toEqual([before.sessions, before.reflections]);
  });
});
