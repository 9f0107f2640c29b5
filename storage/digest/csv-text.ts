import Papa from 'papaparse';

/**
 * Cells a spreadsheet would run as a formula get a leading `'`. papaparse's own `escapeFormulae: true`
 * pattern (`/^[=+\-@\t\r].*$/`) misses a formula followed by a line break (`.` stops at `\n`), so the
 * same leading characters are matched without that tail, and a leading line feed too.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Excel opens UTF-8 (and so Chinese) correctly only with a byte order mark. */
const BOM = '\uFEFF';

/** One CSV file: UTF-8 with BOM, CRLF, quoted by papaparse, formula text inert; numbers stay numbers. */
export function csvText(fields: string[], rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
