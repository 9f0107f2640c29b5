import { browser, defineBackground } from '#imports';
import { resolveLocale } from '@/storage/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { loadSettings, watchSettings } from '@/storage/settings';
import { setupAlarms } from './alarms';
import { setupIdle } from './idle';
import { setupMessages } from './messages';
import { setupReinjection } from './reinject';
import { setupPortalBridge } from './portal-bridge';
import { setupReflections } from './reflections';
import { setupTabs } from './tabs';
import { createTracker } from './tracker';
import { setupUserRules } from './user-rules';
import { setupWeeklyReminder } from './weekly-reminder';
import { showWriteStatus } from './write-badge';

export default defineBackground(() => {
  let settings: Settings = DEFAULT_SETTINGS;
  const current = () => settings;
  const ready = loadSettings().then((loaded) => {
    settings = loaded;
  });
  const tracker = createTracker(current, ready, {
    onWriteStatus: (status) =>
      showWriteStatus(status, resolveLocale(settings.locale, browser.i18n.getUILanguage())),
  });
  setupMessages(tracker, current);
  setupReinjection(current, ready);
  setupTabs(tracker);
  setupAlarms(tracker);
  setupUserRules();
  setupPortalBridge();
  setupReflections(current, ready);
  const idle = setupIdle(tracker, current, ready);
  const reminder = setupWeeklyReminder(current, ready);
  void ready.then(idle.applyInterval);
  watchSettings((next) => {
    settings = next;
    idle.applyInterval();
    reminder.rearm();
    if (next.paused) void tracker.dispatch({ type: 'pause' });
  });
});
