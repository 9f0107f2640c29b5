import type { LedgerData } from '../types';
import { type ExportCell, type LedgerExportOptions, ledgerTables } from './tables';

/*
 * The .xlsx writer (write-excel-file) is imported only when an export is made, so it stays out of every
 * chunk but the ledger's.
 */

/** Every cell typed explicitly: text is a string cell (never a formula, whatever it starts with). */
function cell(value: ExportCell) {
  if (value === null) return null;
  return typeof value === 'number' ? { type: Number, value } : { type: String, value };
}

/** The ledger as an .xlsx workbook with the sheets 汇总 / 每周 / 未提交 / 案例 (in the chosen language). */
export async function ledgerXlsx(data: LedgerData, options: LedgerExportOptions): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const sheets = ledgerTables(data, options).map((table) => ({
    sheet: table.name,
    stickyRowsCount: 1,
    data: [
      table.header.map((title) => ({ type: String, value: title, fontWeight: 'bold' as const })),
      ...table.rows.map((row) => row.map(cell)),
    ],
  }));
  return writeXlsxFile(sheets).toBlob();
}
