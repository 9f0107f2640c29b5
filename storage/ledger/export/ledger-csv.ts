import Papa from 'papaparse';
import type { LedgerData } from '../types';
import { ledgerExportFileName } from './file-name';
import { type LedgerExportOptions, ledgerTables } from './tables';

/**
 * Cells a spreadsheet would run as a formula get a leading `'` (OWASP "CSV Injection": = + - @ tab CR, and
 * a line feed too, since papaparse's default pattern stops at one). Numbers are never touched.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/** Excel opens UTF-8 (and so Chinese) correctly only with a byte order mark. */
const BOM = '\uFEFF';

/** The ledger as one CSV file per table, keyed by file name: UTF-8 with BOM, CRLF, formula text inert. */
export function ledgerCsv(data: LedgerData, options: LedgerExportOptions): Record<string, string> {
  return Object.fromEntries(
    ledgerTables(data, options).map((table) => [
      ledgerExportFileName('csv', options.now, table.slug),
      BOM +
        Papa.unparse(
          { fields: table.header, data: table.rows.map((row) => row.map((cell) => cell ?? '')) },
          { escapeFormulae: FORMULA_START, newline: '\r\n' },
        ),
    ]),
  );
}
