interface Props {
  id: string;
  label: string;
  hint?: string;
  /** Translated messages; an empty list means the field is fine. */
  errors: string[];
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  /** Patterns, selectors and regular expressions: no autocorrect or spellcheck. */
  code?: boolean;
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
}

/**
 * A labelled text field whose hint and errors are linked with aria-describedby. The error region is
 * always in the page (role=alert) so a new error is announced when it appears.
 */
export function TextField({ id, label, hint, errors, value, onInput, multiline, code, inputRef }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', errors.length > 0 ? errorId : ''].filter(Boolean).join(' ');
  const common = {
    id,
    ref: inputRef,
    value,
    class: code ? 'code' : undefined,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    spellcheck: code ? false : undefined,
    autocomplete: 'off',
    autocapitalize: code ? ('off' as const) : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      <div id={errorId} class="field-error" role="alert">
        {errors.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </div>
  );
}
