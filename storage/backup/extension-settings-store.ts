import { browser } from '#imports';
import { loadSettings, saveSettings } from '../settings';
import type { SettingsStore } from './settings-store';

/** The settings in `chrome.storage.local` under `settings` (docs/architecture.md section 5), via storage/settings.ts. */
export const extensionSettingsStore: SettingsStore = {
  load: loadSettings,
  replace: async (settings) => {
    // Every field is given, so saving the "change" stores exactly these settings.
    await saveSettings(settings);
  },
  clear: () => browser.storage.local.remove('settings'),
};
