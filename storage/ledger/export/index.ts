/* The ledger's exports: pure functions of the ledger's data; the view makes the download. */
export { ledgerExportFileName } from './file-name';
export { ledgerCsv } from './ledger-csv';
export { ledgerHtml } from './ledger-html';
export { ledgerXlsx } from './ledger-xlsx';
export { type ExportCell, type ExportTable, type LedgerExportOptions, ledgerTables } from './tables';
