import type { Notice } from '@/components/rules/LiveNotices';
import { type Locale, translate } from '@/storage/i18n';
import { ledgerStatusText } from '@/storage/ledger/status-text';
import type { LedgerImportSummary, RosterImportResult } from '@/storage/ledger/types';
import { LEDGER_FILE_STATUSES } from '@/storage/schemas/ledger';

/** What an import of digest files came to: "6 files: 4 verified, 1 edited, 1 invalid", or cancelled. */
export function summaryNotice(locale: Locale, summary: LedgerImportSummary): Notice {
  if (summary.cancelled) return { kind: 'status', text: translate(locale, 'ledger_importCancelled') };
  const parts = LEDGER_FILE_STATUSES.filter((status) => summary.byStatus[status] > 0).map((status) =>
    translate(locale, 'ledger_countOf', summary.byStatus[status], ledgerStatusText(locale, status)),
  );
  return {
    kind: 'status',
    text: translate(
      locale,
      'ledger_importDone',
      summary.files,
      parts.join(translate(locale, 'ledger_listSeparator')),
    ),
  };
}

/** What a roster import came to, or why it was refused (and nothing changed). */
export function rosterNotice(locale: Locale, result: RosterImportResult): Notice {
  const t = (key: Parameters<typeof translate>[1], ...subs: (string | number)[]) =>
    translate(locale, key, ...subs);
  if (result.ok)
    return {
      kind: 'status',
      text: t('ledger_rosterDone', result.people, result.added, result.updated, result.rematched),
    };
  switch (result.error) {
    case 'duplicate-staff-no':
      return {
        kind: 'alert',
        text: t(
          'ledger_rosterDuplicates',
          result.duplicates.map((d) => t('ledger_rosterDuplicate', d.staffNo, d.rows.join(', '))).join('; '),
        ),
      };
    case 'missing-columns':
      return { kind: 'alert', text: t('ledger_rosterMissingColumns') };
    case 'bad-rows':
      return {
        kind: 'alert',
        text: t(
          'ledger_rosterBadRows',
          result.rows
            .map((row) =>
              t(row.problem === 'no-name' ? 'ledger_rosterNoName' : 'ledger_rosterBadFingerprint', row.row),
            )
            .join('; '),
        ),
      };
    case 'empty':
      return { kind: 'alert', text: t('ledger_rosterEmpty') };
    case 'too-large':
      return { kind: 'alert', text: t('ledger_rosterTooLarge') };
    default:
      return { kind: 'alert', text: t('ledger_rosterUnreadable') };
  }
}
