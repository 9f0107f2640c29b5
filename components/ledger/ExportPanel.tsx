import { useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { LedgerData } from '@/storage/ledger/types';
import type { LedgerActions, LedgerExportKind } from './ledger-actions';

interface Props {
  locale: Locale;
  data: LedgerData;
  /** The week of the "not handed in" sheet. */
  weekStart: string;
  classHourMinutes: number;
  actions: Pick<LedgerActions, 'download'>;
}

const KINDS: [LedgerExportKind, MessageKey][] = [
  ['xlsx', 'ledger_exportXlsx'],
  ['csv', 'ledger_exportCsv'],
  ['html', 'ledger_exportHtml'],
];

/** The ledger out: a workbook (汇总 / 每周 / 未提交 / 案例), CSV tables for Excel, a page to print. */
export function ExportPanel({ locale, data, weekStart, classHourMinutes, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [busy, setBusy] = useState<LedgerExportKind | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const run = async (kind: LedgerExportKind) => {
    setBusy(kind);
    setNotice(null);
    try {
      await actions.download(kind, data, { locale, weekStart, classHourMinutes });
      setNotice({ kind: 'status', text: t('ledger_exportDone') });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('ledger_exportFailed', String(error)) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="panel" aria-labelledby="ledger-export-heading">
      <h2 id="ledger-export-heading">{t('ledger_exportHeading')}</h2>
      <p class="hint">{t('ledger_exportHint', t('ledger_weekOf', weekStart))}</p>
      <div class="actions">
        {KINDS.map(([kind, label]) => (
          <button
            type="button"
            key={kind}
            data-export={kind}
            disabled={busy !== null || data.persons.length === 0}
            aria-busy={busy === kind ? 'true' : undefined}
            onClick={() => void run(kind)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <LiveNotices notice={notice} />
    </section>
  );
}
