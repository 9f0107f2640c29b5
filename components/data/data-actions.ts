import type { BackupError, RestorePlan } from '@/storage/backup';
import type { DataMessage } from '@/storage/schemas/messages';

/** The background's answer to a data message (entrypoints/background/data.ts), as the page received it. */
export type DataReply =
  | { ok: true; text?: string; fileName?: string; plan?: RestorePlan }
  | { ok: false; error: BackupError };

/**
 * What the Data view may do, given by the page that mounts it: components never touch storage or browser
 * APIs themselves, and tests pass their own.
 */
export interface DataActions {
  /** Sends a backup, restore or erase message to the background; never rejects, failures are replies. */
  send(message: DataMessage): Promise<DataReply>;
  /** Saves text as a file in the user's downloads. */
  download(text: string, fileName: string, type: string): void;
}
