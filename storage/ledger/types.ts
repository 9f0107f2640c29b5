import type {
  LedgerCase,
  LedgerFile,
  LedgerFileStatus,
  LedgerPerson,
  LedgerReason,
  LedgerWeek,
} from '@/storage/schemas/ledger';

/** What the import reads: a `File`, or anything with a name, a size and its bytes (tests, archive entries). */
export interface LedgerInputFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** A file from a dropped folder: its path inside the folder. */
  webkitRelativePath?: string;
}

/** Where an import is: reading files (and archives), checking them, saving in one transaction. */
export interface LedgerImportProgress {
  phase: 'reading' | 'checking' | 'saving' | 'done';
  /** Files (archive entries counted one by one) done so far in this phase. */
  done: number;
  total: number;
}

export interface LedgerImportOptions {
  /** ms since epoch; a digest dated after this is refused as future-dated. */
  now?: number;
  /** Cancel before the save: nothing is written. */
  signal?: AbortSignal;
  onProgress?: (progress: LedgerImportProgress) => void;
}

export interface LedgerImportSummary {
  /** True when the signal aborted the import: nothing was written. */
  cancelled: boolean;
  /** Files with a status (an archive's entries each count, a refused archive counts once). */
  files: number;
  byStatus: Record<LedgerFileStatus, number>;
  /** The new file rows, in import order. */
  results: LedgerFile[];
}

/** A roster import's outcome; a refused roster changes nothing. */
export type RosterImportResult =
  | { ok: true; people: number; added: number; updated: number; rematched: number }
  | { ok: false; error: 'duplicate-staff-no'; duplicates: { staffNo: string; rows: number[] }[] }
  | { ok: false; error: 'missing-columns'; missing: ('staffNo' | 'name')[] }
  | { ok: false; error: 'empty' | 'unreadable' | 'too-large' }
  | { ok: false; error: 'bad-rows'; rows: { row: number; problem: 'no-name' | 'bad-fingerprint' }[] };

/** Everything the views and exports need, as read from the database in one transaction. */
export interface LedgerData {
  persons: LedgerPerson[];
  weeks: LedgerWeek[];
  cases: LedgerCase[];
  files: LedgerFile[];
}

export type { LedgerCase, LedgerFile, LedgerFileStatus, LedgerPerson, LedgerReason, LedgerWeek };
