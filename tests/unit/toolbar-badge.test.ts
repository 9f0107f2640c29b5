import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAUSE_END_ALARM, setupPause } from '@/entrypoints/background/pause';
import { createTracker } from '@/entrypoints/background/tracker';
import { FAILING_BADGE, PAUSED_BADGE, showWriteStatus } from '@/entrypoints/background/write-badge';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const MIN = 60_000;
const FAILING = { ok: false, reason: 'quota', since: T0, pending: 2 } as const;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
});

describe('the toolbar badge', () => {
  it('shows paused, and a failing write over a pause', async () => {
    await showWriteStatus({ ok: true }, 'en', true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(PAUSED_BADGE);
    expect(await fakeBrowser.action.getTitle({})).toBe('StudyTrail: tracking is paused');
    await showWriteStatus(FAILING, 'en', true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(FAILING_BADGE);
    await showWriteStatus({ ok: true }, 'zh_CN', false);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('the background pause', () => {
  function start(initial: Partial<Settings>, clock: { now: number }) {
    let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
    const tracker = createTracker(() => settings, Promise.resolve(), {
      now: () => clock.now,
      write: async () => {},
    });
    const pause = setupPause(
      tracker,
      () => settings,
      Promise.resolve(),
      () => clock.now,
    );
    return {
      pause,
      set(next: Partial<Settings>) {
        settings = { ...settings, ...next };
      },
    };
  }

  it('arms an alarm at the end of a timed pause and shows the badge; at the alarm it clears both and the stored flag', async () => {
    const clock = { now: T0 };
    const end = T0 + 15 * MIN;
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, paused: true, pausedUntil: end },
    });
    const { pause } = start({ paused: true, pausedUntil: end }, clock);
    await pause.apply();
    expect((await fakeBrowser.alarms.get(PAUSE_END_ALARM))?.scheduledTime).toBe(end);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(PAUSED_BADGE);

    clock.now = end;
    await fakeBrowser.alarms.onAlarm.trigger({
      name: PAUSE_END_ALARM,
      scheduledTime: end,
      persistAcrossSessions: true,
    });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('');
    await expect
      .poll(async () => {
        const { settings } = await fakeBrowser.storage.local.get('settings');
        return (settings as Partial<Settings> | undefined)?.paused;
      })
      .toBe(false);
    expect(await fakeBrowser.alarms.get(PAUSE_END_ALARM)).toBeUndefined();
  });

  it('a pause until resumed has no alarm; resuming clears the badge', async () => {
    const clock = { now: T0 };
    const { pause, set } = start({ paused: true }, clock);
    await pause.apply();
    expect(await fakeBrowser.alarms.get(PAUSE_END_ALARM)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(PAUSED_BADGE);
    set({ paused: false });
    await pause.apply();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('a failing write keeps its badge through a pause and gives it back after', async () => {
    const clock = { now: T0 };
    const { pause, set } = start({ paused: true }, clock);
    await pause.onWriteStatus(FAILING);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(FAILING_BADGE);
    await pause.onWriteStatus({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe(PAUSED_BADGE);
    set({ paused: false });
    await pause.apply();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
