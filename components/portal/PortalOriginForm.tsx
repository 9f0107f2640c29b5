import { useRef, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { type PortalOriginError, parsePortalOrigin } from '@/storage/portal/portal-origin';

const ERRORS: Record<PortalOriginError, MessageKey> = {
  invalid: 'portal_errorInvalid',
  scheme: 'portal_errorScheme',
  insecure: 'portal_errorInsecure',
  credentials: 'portal_errorCredentials',
};

interface Props {
  locale: Locale;
  /**
   * Called synchronously from the submit handler with a valid origin (the permission prompt needs the
   * user's gesture); resolves true when the origin was added, so the field empties.
   */
  onAdd: (origin: string) => Promise<boolean>;
}

/** The address of a portal to allow, checked before anything is asked of the browser. */
export function PortalOriginForm({ locale, onAdd }: Props) {
  const t = (key: MessageKey) => translate(locale, key);
  const [value, setValue] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const parsed = parsePortalOrigin(value);
    if (!parsed.ok) {
      setError(ERRORS[parsed.error]);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    void onAdd(parsed.origin).then((added) => {
      if (added) setValue('');
    });
  };

  return (
    <form class="portal-form" onSubmit={onSubmit} noValidate>
      <div class="field">
        <label for="portal-origin">{t('portal_originLabel')}</label>
        <input
          id="portal-origin"
          ref={inputRef}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'portal-origin-hint portal-origin-error' : 'portal-origin-hint'}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <p id="portal-origin-hint" class="hint">
          {t('portal_originHint')}
        </p>
        {error && (
          <p id="portal-origin-error" class="error">
            {t(error)}
          </p>
        )}
      </div>
      <button type="submit" class="primary">
        {t('portal_add')}
      </button>
    </form>
  );
}
