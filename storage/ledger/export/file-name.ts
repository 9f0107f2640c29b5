/** `studytrail-ledger-<YYYY-MM-DD>[-<part>].<ext>`, dated by the export's own UTC day. */
export function ledgerExportFileName(ext: 'xlsx' | 'html' | 'csv', now: number, part?: string): string {
  return `studytrail-ledger-${new Date(now).toISOString().slice(0, 10)}${part ? `-${part}` : ''}.${ext}`;
}
