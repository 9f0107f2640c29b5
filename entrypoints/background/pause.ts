import { browser } from '#imports';
import { resolveLocale } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import type { WriteStatus } from '@/storage/schemas/write-status';
import { saveSettings } from '@/storage/settings';
import { isPaused } from '@/storage/tracking/pause';
import type { Tracker } from './tracker';
import { showWriteStatus } from './write-badge';

export const PAUSE_END_ALARM = 'pause-end';

/**
 * Applies the pause: closes open segments when it starts, and shows it on the toolbar with the write state.
 * A timed pause ends through an alarm at `pausedUntil` (alarms wake a stopped worker), which clears the badge
 * and the stored flag; until then every reader already sees it over through `isPaused`.
 */
export function setupPause(
  tracker: Tracker,
  settings: () => Settings,
  ready: Promise<unknown>,
  now: () => number = Date.now,
) {
  let writeStatus: WriteStatus = { ok: true };
  const locale = () => resolveLocale(settings().locale, browser.i18n.getUILanguage());
  const render = () => showWriteStatus(writeStatus, locale(), isPaused(settings(), now()));

  async function applyNow(): Promise<void> {
    const current = settings();
    if (isPaused(current, now())) {
      await tracker.dispatch({ type: 'pause' });
      if (current.pausedUntil === undefined) await browser.alarms.clear(PAUSE_END_ALARM);
      else await browser.alarms.create(PAUSE_END_ALARM, { when: current.pausedUntil });
    } else {
      await browser.alarms.clear(PAUSE_END_ALARM);
      // An expired timed pause is tidied away, so the stored settings say what is true.
      if (current.paused) await saveSettings({ paused: false, pausedUntil: undefined });
    }
    await render();
  }

  // One at a time: a settings change and the alarm arriving together must not re-arm an ended pause.
  let applying: Promise<void> = Promise.resolve();
  const apply = (): Promise<void> => {
    applying = applying.then(applyNow, applyNow);
    return applying;
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PAUSE_END_ALARM) void apply();
  });
  void ready.then(async () => {
    writeStatus = await tracker.writeStatus();
    await apply();
  });
  return {
    /** Call on every settings change. */
    apply,
    /** The tracker's write state, for the badge. */
    onWriteStatus(status: WriteStatus): Promise<void> {
      writeStatus = status;
      return render();
    },
  };
}
