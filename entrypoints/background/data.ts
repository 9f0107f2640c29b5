import { backupFileName, createBackup, parseBackupText, serializeBackup } from '@/storage/backup';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { applyRestore, eraseEverything, previewRestore, readEverything } from '@/storage/repositories/backup';
import type { DataMessage, DataReply } from '@/storage/schemas/messages';
import { resolveTimeZone } from '@/storage/tracking/local-day';
import type { Tracker } from './tracker';
import { releaseUnusedHosts } from './user-rules';

/**
 * Backup, restore and erase run here, in the single writer, so no heartbeat interleaves with them. Open
 * segments are dropped first, and rows still waiting for a retry: rows they point at may be replaced or gone.
 */
export function createDataHandler(tracker: Tracker, appVersion: string) {
  return async (message: DataMessage): Promise<DataReply> => {
    switch (message.type) {
      case 'backup-export': {
        const data = await readEverything(extensionSettingsStore);
        const now = Date.now();
        const backup = await createBackup(data, { appVersion, now });
        return {
          ok: true,
          text: serializeBackup(backup),
          fileName: backupFileName(now, resolveTimeZone(data.settings.timeZone)),
        };
      }
      case 'restore-preview': {
        const parsed = await parseBackupText(message.text);
        if (!parsed.ok) return parsed;
        return { ok: true, plan: await previewRestore(parsed.backup.data, message.mode) };
      }
      case 'restore-apply': {
        const parsed = await parseBackupText(message.text);
        if (!parsed.ok) return parsed;
        await tracker.dispatch({ type: 'pause' });
        await tracker.discardPending();
        return applyRestore(parsed.backup.data, message.mode, extensionSettingsStore);
      }
      case 'erase-all':
        await tracker.dispatch({ type: 'pause' });
        await tracker.discardPending();
        // Hosts granted for rules and portals go with them (least privilege), even those an old edit left.
        return eraseEverything(extensionSettingsStore).finally(() => releaseUnusedHosts());
    }
  };
}
