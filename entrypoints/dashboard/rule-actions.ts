import { browser } from '#imports';
import type { RuleActions } from '@/components/rules/rule-actions';
import { loadSettings, saveSettings } from '@/storage/settings';

/** The rules UI's actions on the real browser: host permissions, and settings through storage/settings.ts. */
export function browserRuleActions(): RuleActions {
  return {
    // No `await` before the call: the browser shows its prompt only inside the user's gesture.
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
    async releaseOrigins(origins) {
      if (origins.length > 0) await browser.permissions.remove({ origins });
    },
    async updateRules(update) {
      const settings = await loadSettings();
      await saveSettings({ customRules: update(settings.customRules) });
    },
    async setPresetEnabled(id, enabled) {
      const settings = await loadSettings();
      await saveSettings({ enabledPlatforms: { ...settings.enabledPlatforms, [id]: enabled } });
    },
  };
}
