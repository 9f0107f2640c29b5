import { useEffect, useRef, useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { LedgerActions } from './ledger-actions';

interface Props {
  locale: Locale;
  actions: Pick<LedgerActions, 'erase'>;
}

/**
 * Erases the ledger (people, weeks, cases, files) after a confirmation; the organiser's own study, settings
 * and signing key stay. Separate from the Data view's erase of one's own records.
 */
export function LedgerErasePanel({ locale, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasOpen.current) startRef.current?.focus();
    wasOpen.current = confirming;
  }, [confirming]);

  const erase = async () => {
    setWorking(true);
    try {
      await actions.erase();
      setNotice({ kind: 'status', text: t('ledger_eraseDone') });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('ledger_eraseFailed', String(error)) });
    } finally {
      setWorking(false);
      setConfirming(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="ledger-erase-heading">
      <h2 id="ledger-erase-heading">{t('ledger_eraseHeading')}</h2>
      <p class="hint">{t('ledger_eraseHint')}</p>
      {confirming ? (
        <fieldset class="confirm">
          <legend>{t('ledger_eraseQuestion')}</legend>
          <div class="actions">
            <button
              type="button"
              class="danger"
              ref={confirmRef}
              data-testid="ledger-erase-confirm"
              disabled={working}
              onClick={() => void erase()}
            >
              {t('ledger_eraseConfirm')}
            </button>
            <button type="button" disabled={working} onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          class="danger"
          ref={startRef}
          data-testid="ledger-erase-start"
          onClick={() => {
            setNotice(null);
            setConfirming(true);
          }}
        >
          {t('ledger_eraseStart')}
        </button>
      )}
      <LiveNotices notice={notice} />
    </section>
  );
}
