import { type Locale, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  id: string;
  label: string;
  value: string;
  max: number;
  required?: boolean;
  /** Translated message; empty when the field is fine. */
  error: string;
  onInput: (value: string) => void;
}

/** A labelled multi-line field with a live character counter; counter and error are linked to it. */
export function LimitedTextField({ locale, id, label, value, max, required, error, onInput }: Props) {
  const counterId = `${id}-count`;
  const errorId = `${id}-error`;
  const length = value.length;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        required={required}
        aria-required={required ? 'true' : undefined}
        aria-invalid={error !== '' ? 'true' : undefined}
        aria-describedby={`${counterId}${error !== '' ? ` ${errorId}` : ''}`}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p id={counterId} class={length > max ? 'counter over' : 'counter'}>
        {translate(locale, 'reflections_counter', length, max)}
      </p>
      <div id={errorId} class="field-error" role="alert">
        {error !== '' && <p>{error}</p>}
      </div>
    </div>
  );
}
