import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackupText } from '@/storage/backup/parse-backup-text';
import { DEFAULT_SETTINGS, parseSettings, readSettings } from '@/storage/schemas/settings';
import { loadSettings } from '@/storage/settings';
import { migrateSettings, SETTINGS_UPGRADES, SETTINGS_VERSION } from '@/storage/settings-migrations';
import { editedText, NOW } from './support/backup-data';

/** A stored settings object exactly as an older build wrote it (tests/unit/fixtures/settings/v<N>.json). */
const fixture = (version: number): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/settings/v${version}.json`, import.meta.url), 'utf8'));

/** What a stored object of `fixture(version)` reads as today: its values, later fields at their defaults. */
const upgraded = (version: number) => ({
  ...DEFAULT_SETTINGS,
  ...fixture(version),
  version: SETTINGS_VERSION,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings versions', () => {
  it('this build writes version 2 and has one upgrade step per older version', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(SETTINGS_UPGRADES).toHaveLength(SETTINGS_VERSION - 1);
    expect(parseSettings(undefined).version).toBe(2);
  });

  it('version 1 (no version field) keeps every stored value and is stamped version 2', () => {
    const v1 = fixture(1);
    expect(v1).not.toHaveProperty('version');
    expect(parseSettings(v1)).toEqual(upgraded(1));
  });

  it('the 1 → 2 step alone changes nothing but the version', () => {
    const v1 = fixture(1);
    expect(migrateSettings(v1)).toEqual({ value: { ...v1, version: 2 }, upgraded: true });
  });

  it('a current object is not upgraded again', () => {
    const v2 = parseSettings(fixture(1));
    expect(migrateSettings(v2)).toEqual({ value: v2, upgraded: false });
  });

  it('the fields the page-side reader uses keep their names and values through every upgrade', () => {
    const v1 = fixture(1);
    const settings = parseSettings(v1);
    for (const field of [
      'heartbeatSeconds',
      'idleSeconds',
      'countBackgroundAudio',
      'paused',
      'enabledPlatforms',
      'customRules',
    ] as const) {
      expect(settings[field]).toEqual(v1[field]);
    }
  });
});

describe('an upgrade step carries a renamed field instead of resetting it', () => {
  // A made-up chain: version 2 renamed `idleLimit` to `idleSeconds`, version 3 moved `paused` into `state`.
  const renames = [
    ({ idleLimit, ...rest }: Record<string, unknown>) => ({ ...rest, idleSeconds: idleLimit }),
    ({ paused, ...rest }: Record<string, unknown>) => ({ ...rest, state: { paused } }),
  ];

  it('runs every step from the stored version to the target, in order', () => {
    expect(migrateSettings({ idleLimit: 600, paused: true }, renames, 3)).toEqual({
      value: { idleSeconds: 600, state: { paused: true }, version: 3 },
      upgraded: true,
    });
  });

  it('starts from the stored version', () => {
    expect(migrateSettings({ idleSeconds: 600, paused: true, version: 2 }, renames, 3).value).toEqual({
      idleSeconds: 600,
      state: { paused: true },
      version: 3,
    });
  });

  it('a missing step is a developer error with context', () => {
    expect(() => migrateSettings({}, [], 2)).toThrow('No settings upgrade from version 1 to 2');
  });
});

describe('stored values that cannot be upgraded', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['an array', [1, 2]],
    ['a string', 'settings'],
  ])('%s passes through without an upgrade', (_, stored) => {
    expect(migrateSettings(stored)).toEqual({ value: stored, upgraded: false });
  });

  it('an unusable version is parsed field by field and not written back', () => {
    const stored = { ...fixture(1), version: 'two' };
    expect(migrateSettings(stored).upgraded).toBe(false);
    expect(parseSettings(stored)).toEqual(upgraded(1));
  });

  it('settings from a newer build keep the fields this build knows and are not written back', () => {
    const stored = { ...fixture(1), version: 9, futureField: true };
    expect(migrateSettings(stored).upgraded).toBe(false);
    expect(parseSettings(stored)).toEqual(upgraded(1));
  });

  it('a step that throws on a hand-edited value still gives settings, never an error', () => {
    const throwing = [
      () => {
        throw new TypeError('cannot read');
      },
    ];
    const { settings, upgraded: written } = readSettings({ idleSeconds: 600, paused: 'yes' }, throwing, 2);
    expect(written).toBe(false);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, idleSeconds: 600 });
  });
});

describe('loading upgrades the stored settings once', () => {
  it('writes the upgraded object back on the first load and not on the next', async () => {
    await fakeBrowser.storage.local.set({ settings: fixture(1) });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const first = await loadSettings();
    expect(first).toEqual(upgraded(1));
    expect(set).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(first);
    expect(await loadSettings()).toEqual(first);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when nothing is stored', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await loadSettings();
    expect(set).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('does not overwrite settings written by a newer build', async () => {
    const newer = { ...fixture(1), version: 9, futureField: true };
    await fakeBrowser.storage.local.set({ settings: newer });
    await loadSettings();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(newer);
  });

  it('a failed write-back still returns the upgraded settings', async () => {
    await fakeBrowser.storage.local.set({ settings: fixture(1) });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadSettings()).toEqual(upgraded(1));
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('a backup written before settings had a version', () => {
  it('restores its version-1 settings with every value kept', async () => {
    const text = await editedText((file) => {
      file.data.settings = fixture(1);
    });
    const parsed = await parseBackupText(text, { now: NOW });
    if (!parsed.ok) throw new Error(`refused: ${parsed.error.code}`);
    expect(parsed.backup.data.settings).toEqual(upgraded(1));
  });
});
