import { browser } from '#imports';
import type { Tracker } from './tracker';

const SWEEP = 'sweep-open-segments';

/**
 * Alarms, not in-memory timers, drive periodic work: they survive a stopped service worker. The sweep
 * also retries rows whose write failed, so they are retried even when no heartbeat comes.
 */
export function setupAlarms(tracker: Tracker) {
  browser.alarms.create(SWEEP, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP) void tracker.dispatch({ type: 'sweep' });
  });
}
