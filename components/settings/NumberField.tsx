import { useEffect, useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** The stored value; the field shows it again whenever it changes. */
  value: number;
  min: number;
  max: number;
  /** Shown while the text is not a whole number from `min` to `max`. */
  invalidMessage: string;
  /** Called with a valid, changed value when the user commits it (leaves the field, presses Enter, steps). */
  onCommit: (value: number) => void;
}

/** A whole number from the text, or null when it is not one within the range. */
function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** A labelled whole-number field: its hint and error are linked with aria-describedby; only valid values are committed. */
export function NumberField({ id, label, hint, value, min, max, invalidMessage, onCommit }: Props) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const invalid = wholeNumber(draft, min, max) === null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');

  const onChange = (event: Event) => {
    const next = wholeNumber((event.currentTarget as HTMLInputElement).value, min, max);
    if (next !== null && next !== value) onCommit(next);
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        class="number"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={onChange}
      />
      <div id={errorId} class="field-error" role="alert">
        {invalid && <p>{invalidMessage}</p>}
      </div>
    </div>
  );
}
