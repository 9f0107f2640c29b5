import { defineBackground } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { loadSettings, watchSettings } from '@/storage/settings';
import { setupAlarms } from './alarms';
import { setupIdle } from './idle';
import { setupManagedPolicy } from './managed-policy';
import { setupMessages } from './messages';
import { setupPause } from './pause';
import { databasePlanReminderSource } from './plan-reminder-source';
import { setupPlanReminders } from './plan-reminders';
import { setupPortalBridge } from './portal-bridge';
import { setupReflections } from './reflections';
import { setupReinjection } from './reinject';
import { setupSigningKey } from './signing-key';
import { setupTabs } from './tabs';
import { createTracker } from './tracker';
import { setupUserRules } from './user-rules';
import { setupWeeklyReminder } from './weekly-reminder';
import { setupWelcome } from './welcome';

// An ES module worker is built with the pages, so Dexie, zod and tldts ship once, in chunks both import.
export default defineBackground({ type: 'module', main: startBackground });

function startBackground() {
  let settings: Settings = DEFAULT_SETTINGS;
  const current = () => settings;
  const ready = loadSettings().then((loaded) => {
    settings = loaded;
  });
  const tracker = createTracker(current, ready, {
    // The pause module owns the toolbar badge: a failing write and a pause share it.
    onWriteStatus: (status) => pause.onWriteStatus(status),
  });
  const pause = setupPause(tracker, current, ready);
  setupMessages(tracker, current, ready);
  setupReinjection(current, ready);
  setupTabs(tracker);
  setupAlarms(tracker);
  setupUserRules();
  setupPortalBridge();
  setupManagedPolicy();
  setupWelcome();
  setupSigningKey();
  setupReflections(current, ready);
  const idle = setupIdle(tracker, current, ready);
  const reminder = setupWeeklyReminder(current, ready);
  setupPlanReminders(current, ready, databasePlanReminderSource);
  void ready.then(idle.applyInterval);
  watchSettings((next) => {
    settings = next;
    idle.applyInterval();
    reminder.rearm();
    void pause.apply();
  });
}
