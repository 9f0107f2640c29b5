import { fill } from '@/storage/reflections/fill';

interface Props {
  id: string;
  label: string;
  prompt: string;
  counter: string;
  value: string;
  max: number;
  required?: boolean;
  invalid?: boolean;
  onInput: (value: string) => void;
  inputRef?: (element: HTMLTextAreaElement | null) => void;
}

/** One of 学 / 思 / 用: a labelled text area with its prompt and a live character count against the limit. */
export function TextBlock(props: Props) {
  const promptId = `${props.id}-prompt`;
  const counterId = `${props.id}-counter`;
  return (
    <div class="st-field">
      <label for={props.id}>{props.label}</label>
      <p class="st-prompt" id={promptId}>
        {props.prompt}
      </p>
      <textarea
        id={props.id}
        ref={props.inputRef}
        rows={props.required ? 3 : 2}
        maxLength={props.max}
        required={props.required}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-describedby={`${promptId} ${counterId}`}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <p class="st-counter" id={counterId}>
        {fill(props.counter, props.value.length, props.max)}
      </p>
    </div>
  );
}
