import type { Locale } from '@/storage/i18n';
import type {
  LedgerData,
  LedgerImportOptions,
  LedgerImportSummary,
  RosterImportResult,
} from '@/storage/ledger/types';

/** The export formats of the ledger: a workbook, CSV tables, a print-ready page. */
export type LedgerExportKind = 'xlsx' | 'csv' | 'html';

/** What the ledger view does, given by the dashboard (the repository, downloads) so tests pass their own. */
export interface LedgerActions {
  /** Everything in the ledger, read in one transaction; the view re-reads it whenever a table changes. */
  read(): Promise<LedgerData>;
  importFiles(files: readonly File[], options: LedgerImportOptions): Promise<LedgerImportSummary>;
  importRoster(file: File): Promise<RosterImportResult>;
  /** The organiser accepts a person's new key (a new installation): their files count as verified. */
  acceptNewKey(personId: string): Promise<void>;
  /** Builds and downloads an export of `data`; `weekStart` is the week of the "not handed in" sheet. */
  download(
    kind: LedgerExportKind,
    data: LedgerData,
    options: { locale: Locale; weekStart: string; classHourMinutes: number },
  ): Promise<void>;
  /** Clears the ledger only: the organiser's own study is not touched. */
  erase(): Promise<void>;
}
