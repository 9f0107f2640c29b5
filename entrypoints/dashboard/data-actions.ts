import { browser } from '#imports';
import type { DataActions, DataReply } from '@/components/data/data-actions';
import type { DataMessage } from '@/storage/schemas/messages';
import { parseDataReply } from './data-reply';
import { downloadBlob } from './download-file';

/** Sends a data message to the background (the single writer) and checks its reply; never rejects. */
export async function sendDataMessage(message: DataMessage): Promise<DataReply> {
  try {
    return parseDataReply(await browser.runtime.sendMessage(message));
  } catch (error) {
    return { ok: false, error: { code: 'write-failed', detail: String(error) } };
  }
}

/** Downloads text as a file through a temporary object URL and `<a download>`. */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type }), fileName, doc);
}

/** The Data view's actions on the real browser. */
export function browserDataActions(): DataActions {
  return {
    send: sendDataMessage,
    download: (text, fileName, type) => downloadText(text, fileName, type),
    storage: {
      persisted: () => navigator.storage.persisted(),
      persist: () => navigator.storage.persist(),
      estimate: () => navigator.storage.estimate(),
      unlimited: () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
    },
  };
}
