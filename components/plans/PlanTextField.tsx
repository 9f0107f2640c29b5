interface Props {
  id: string;
  type: 'text' | 'number' | 'date';
  label: string;
  hint?: string;
  /** The refusal that points at this field, in the learner's language. */
  error?: string;
  value: string;
  onInput: (value: string) => void;
}

/** A labelled input whose hint and error are linked with aria-describedby. */
export function PlanTextField({ id, type, label, hint, error, value, onInput }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        // Numbers as text with a decimal keypad: "3,5" or a half-typed value is kept and checked on save.
        {...({ type: type === 'date' ? 'date' : 'text' } as { type: 'text' })}
        inputMode={type === 'number' ? 'decimal' : undefined}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
