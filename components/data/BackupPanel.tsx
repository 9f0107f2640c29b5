import { useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { backupErrorMessage } from '@/storage/backup';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { DataActions } from './data-actions';

interface Props {
  locale: Locale;
  actions: Pick<DataActions, 'send' | 'download'>;
}

/** Exports everything (records, reflections, settings) as one checked .json file in the downloads. */
export function BackupPanel({ locale, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const onExport = async () => {
    if (busy) return;
    setBusy(true);
    setNotice({ kind: 'status', text: t('data_backupWorking') });
    const reply = await actions.send({ type: 'backup-export' });
    setBusy(false);
    if (!reply.ok) {
      setNotice({ kind: 'alert', text: backupErrorMessage(reply.error, locale) });
      return;
    }
    if (reply.text === undefined || reply.fileName === undefined) {
      const error = { code: 'write-failed', detail: 'no backup in the reply' } as const;
      setNotice({ kind: 'alert', text: backupErrorMessage(error, locale) });
      return;
    }
    actions.download(reply.text, reply.fileName, 'application/json');
    setNotice({ kind: 'status', text: t('data_backupDone', reply.fileName) });
  };

  return (
    <section class="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('data_backupHeading')}</h2>
      <p class="hint">{t('data_backupHint')}</p>
      <button
        type="button"
        class="primary"
        data-testid="backup-export"
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => void onExport()}
      >
        {t('data_backupButton')}
      </button>
      <LiveNotices notice={notice} />
    </section>
  );
}
