import { useEffect, useRef, useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { backupErrorMessage } from '@/storage/backup';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { DataActions } from './data-actions';

interface Props {
  locale: Locale;
  actions: Pick<DataActions, 'send'>;
}

type Step = 'closed' | 'confirming' | 'erasing';

/**
 * Erases every record and setting, asked twice: the first button opens a confirmation that needs a ticked
 * "I understand" before the second button does anything.
 */
export function ErasePanel({ locale, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [step, setStep] = useState<Step>('closed');
  const [understood, setUnderstood] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const understandRef = useRef<HTMLInputElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (step === 'confirming' && !wasOpen.current) understandRef.current?.focus();
    if (step === 'closed' && wasOpen.current) startRef.current?.focus();
    wasOpen.current = step !== 'closed';
  }, [step]);

  const onStart = () => {
    setNotice(null);
    setUnderstood(false);
    setStep('confirming');
  };

  const onErase = async () => {
    if (step !== 'confirming' || !understood) return;
    setStep('erasing');
    setNotice({ kind: 'status', text: t('data_eraseWorking') });
    const reply = await actions.send({ type: 'erase-all' });
    setStep('closed');
    setNotice(
      reply.ok
        ? { kind: 'status', text: t('data_eraseDone') }
        : { kind: 'alert', text: backupErrorMessage(reply.error, locale) },
    );
  };

  return (
    <section class="panel" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('data_eraseHeading')}</h2>
      <p class="hint">{t('data_eraseHint')}</p>
      {step === 'closed' ? (
        <button type="button" class="danger" ref={startRef} data-testid="erase-start" onClick={onStart}>
          {t('data_eraseStart')}
        </button>
      ) : (
        <fieldset class="confirm">
          <legend>{t('data_eraseConfirmLegend')}</legend>
          <div class="toggle">
            <input
              id="erase-understand"
              ref={understandRef}
              type="checkbox"
              checked={understood}
              disabled={step === 'erasing'}
              onChange={(event) => setUnderstood(event.currentTarget.checked)}
            />
            <label for="erase-understand">{t('data_eraseUnderstand')}</label>
          </div>
          <button
            type="button"
            class="danger"
            data-testid="erase-confirm"
            disabled={!understood}
            aria-disabled={step === 'erasing' ? 'true' : undefined}
            onClick={() => void onErase()}
          >
            {t('data_eraseConfirm')}
          </button>
          <button type="button" disabled={step === 'erasing'} onClick={() => setStep('closed')}>
            {t('cancel')}
          </button>
        </fieldset>
      )}
      <LiveNotices notice={notice} />
    </section>
  );
}
