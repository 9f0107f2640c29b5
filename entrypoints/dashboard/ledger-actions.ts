import { createElement } from 'preact';
import type { LedgerModule } from '@/components/ledger/LedgerLoader';
import { LedgerView } from '@/components/ledger/LedgerView';
import type { LedgerActions } from '@/components/ledger/ledger-actions';
import { ledgerCsv, ledgerExportFileName, ledgerHtml, ledgerXlsx } from '@/storage/ledger/export';
import {
  acceptNewKey,
  eraseLedger,
  importLedgerFiles,
  importRoster,
  readLedger,
} from '@/storage/repositories/ledger';
import { downloadText } from './data-actions';
import { downloadBlob } from './download-file';

/** The ledger view's actions: the ledger repository, the pure exports and downloads through `<a download>`. */
export function browserLedgerActions(now: () => number = Date.now): LedgerActions {
  return {
    read: readLedger,
    importFiles: (files, options) => importLedgerFiles(files, options),
    importRoster: (file) => importRoster(file),
    acceptNewKey,
    erase: eraseLedger,
    async download(kind, data, options) {
      const exportOptions = { ...options, now: now() };
      if (kind === 'xlsx') {
        // The workbook writer is loaded by ledgerXlsx itself, on first use, in this view only.
        downloadBlob(await ledgerXlsx(data, exportOptions), ledgerExportFileName('xlsx', exportOptions.now));
      } else if (kind === 'csv') {
        for (const [fileName, text] of Object.entries(ledgerCsv(data, exportOptions)))
          downloadText(text, fileName, 'text/csv;charset=utf-8');
      } else {
        downloadText(
          ledgerHtml(data, exportOptions),
          ledgerExportFileName('html', exportOptions.now),
          'text/html;charset=utf-8',
        );
      }
    },
  };
}

const actions = browserLedgerActions();

/** The ledger page the dashboard loads on demand (components/ledger/LedgerLoader.tsx). */
export const LedgerPage: LedgerModule['LedgerPage'] = ({ locale, settings }) =>
  createElement(LedgerView, { locale, unit: settings, actions });
