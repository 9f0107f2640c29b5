import { csvText } from '@/storage/digest/csv-text';
import type { LedgerData } from '../types';
import { ledgerExportFileName } from './file-name';
import { type LedgerExportOptions, ledgerTables } from './tables';

/** The ledger as one CSV file per table, keyed by file name: UTF-8 with BOM, CRLF, formula text inert. */
export function ledgerCsv(data: LedgerData, options: LedgerExportOptions): Record<string, string> {
  return Object.fromEntries(
    ledgerTables(data, options).map((table) => [
      ledgerExportFileName('csv', options.now, table.slug),
      csvText(
        table.header,
        table.rows.map((row) => row.map((cell) => cell ?? '')),
      ),
    ]),
  );
}
