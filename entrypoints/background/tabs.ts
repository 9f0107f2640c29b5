import { browser } from '#imports';
import type { Tracker } from './tracker';

/** A closed tab's segment ends at its last heartbeat. */
export function setupTabs(tracker: Tracker) {
  browser.tabs.onRemoved.addListener((tabId) => {
    void tracker.dispatch({ type: 'tab-closed', tabId });
  });
}
