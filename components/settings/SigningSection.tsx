import { useEffect, useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';

/** What the section needs from the page: this installation's key fingerprint, and the clipboard. */
export interface SigningActions {
  fingerprint(): Promise<string>;
  copy(text: string): Promise<void>;
}

interface Props {
  locale: Locale;
  actions: SigningActions;
}

type KeyState =
  | { status: 'loading' }
  | { status: 'ready'; fingerprint: string }
  | { status: 'error'; message: string };

/** The digest signing key's fingerprint, to give to the organiser, with what a signature proves. */
export function SigningSection({ locale, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [key, setKey] = useState<KeyState>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    let current = true;
    actions.fingerprint().then(
      (fingerprint) => current && setKey({ status: 'ready', fingerprint }),
      (error: unknown) => current && setKey({ status: 'error', message: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [actions]);

  const copy = async (fingerprint: string) => {
    setNotice(null);
    try {
      await actions.copy(fingerprint);
      setNotice({ kind: 'status', text: t('settings_signingCopied') });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('settings_signingCopyFailed', String(error)) });
    }
  };

  return (
    <section class="panel" aria-labelledby="signing-heading">
      <h2 id="signing-heading">{t('settings_signingHeading')}</h2>
      <p class="hint" id="signing-hint">
        {t('settings_signingHint')}
      </p>
      {key.status === 'loading' && <p role="status">{t('loading')}</p>}
      {key.status === 'error' && <p role="alert">{t('settings_signingFailed', key.message)}</p>}
      {key.status === 'ready' && (
        <>
          <div class="field">
            <span class="label">{t('settings_signingFingerprint')}</span>
            <code id="signing-fingerprint">{key.fingerprint}</code>
          </div>
          <div class="actions">
            <button type="button" aria-describedby="signing-hint" onClick={() => copy(key.fingerprint)}>
              {t('settings_signingCopy')}
            </button>
          </div>
        </>
      )}
      <LiveNotices notice={notice} />
    </section>
  );
}
