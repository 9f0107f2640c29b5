import type { DataMessage, DataReply } from '@/storage/schemas/messages';
import type { PersistentStorage } from './StoragePanel';

export type { DataReply };

/**
 * What the Data view may do, given by the page that mounts it: components never touch storage or browser
 * APIs themselves, and tests pass their own.
 */
export interface DataActions {
  /** Sends a backup, restore or erase message to the background; never rejects, failures are replies. */
  send(message: DataMessage): Promise<DataReply>;
  /** Saves text as a file in the user's downloads. */
  download(text: string, fileName: string, type: string): void;
  /** The browser's storage manager (`navigator.storage`), to show and ask for persistent storage. */
  storage?: PersistentStorage;
}
