import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { ledgerReasonText, ledgerStatusText } from '@/storage/ledger/status-text';
import { LEDGER_FILE_STATUSES, LEDGER_REASONS } from '@/storage/schemas/ledger';

describe('ledger statuses and reasons in the user’s language', () => {
  it('every status and reason has a text in both locales', () => {
    for (const locale of ['zh_CN', 'en'] as const) {
      const catalog: Record<string, unknown> = locale === 'en' ? en : zhCN;
      for (const status of LEDGER_FILE_STATUSES) {
        const text = ledgerStatusText(locale, status);
        expect(text, status).not.toMatch(/^ledgerStatus_|\$\d/);
        expect(Object.values(catalog).some((entry) => (entry as { message: string }).message === text)).toBe(
          true,
        );
      }
      for (const reason of LEDGER_REASONS)
        expect(ledgerReasonText(locale, reason, 'X'), reason).not.toMatch(/^ledgerReason_|\$\d/);
    }
  });

  it('a newer schema says it was made by a newer StudyTrail, with the version', () => {
    expect(ledgerReasonText('en', 'newer-version', '4')).toBe(
      'Made by a newer StudyTrail (format version 4): update StudyTrail, then import it again.',
    );
    expect(ledgerReasonText('zh_CN', 'newer-version', '4')).toContain('更新版本的学迹');
    expect(ledgerStatusText('zh_CN', 'new-key')).toBe('新密钥');
    expect(ledgerReasonText('en', undefined)).toBe('');
  });
});
