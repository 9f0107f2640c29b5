import { browser } from '#imports';
import type { PortalActions } from '@/components/portal/portal-actions';
import { snapshotFile } from '@/components/portal/snapshot-file';
import { readWeekSnapshot } from '@/storage/repositories/portal-snapshot';
import { loadSettings, saveSettings } from '@/storage/settings';
import { downloadText } from './data-actions';

/** The portal section's actions on the real browser: host permissions, settings, the snapshot file. */
export function browserPortalActions(): PortalActions {
  return {
    // No `await` before the call: the browser shows its prompt only inside the user's gesture.
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
    async releaseOrigins(origins) {
      // Hosts the manifest itself grants (the demo portal in demo builds) cannot be given back.
      const fixed = new Set(browser.runtime.getManifest().host_permissions ?? []);
      const optional = origins.filter((origin) => !fixed.has(origin));
      if (optional.length > 0) await browser.permissions.remove({ origins: optional });
    },
    async updatePortal(update) {
      return saveSettings(update(await loadSettings()));
    },
    async saveSnapshot() {
      const settings = await loadSettings();
      const snapshot = await readWeekSnapshot(settings, Date.now(), browser.runtime.getManifest().version);
      if (!snapshot) return undefined;
      const file = snapshotFile(snapshot);
      downloadText(file.text, file.fileName, 'application/json');
      return file.fileName;
    },
  };
}
