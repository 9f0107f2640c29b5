import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { LedgerFileStatus, LedgerReason } from '@/storage/schemas/ledger';

/** `new-key` → `newKey`: locale keys allow letters, digits and `_` only. */
const camel = (code: string) => code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A file status in the user's language (docs/ledger.md "Statuses"). */
export function ledgerStatusText(locale: Locale, status: LedgerFileStatus): string {
  return translate(locale, `ledgerStatus_${camel(status)}` as MessageKey);
}

/** Why a file got its status, with what to do next where there is something to do. */
export function ledgerReasonText(locale: Locale, reason: LedgerReason | undefined, detail?: string): string {
  if (!reason) return '';
  return translate(locale, `ledgerReason_${camel(reason)}` as MessageKey, detail ?? '');
}
