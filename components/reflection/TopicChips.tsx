import { useRef, useState } from 'preact/hooks';
import { fill } from '@/storage/reflections/fill';
import { asTopic } from '@/storage/reflections/themes';

interface Props {
  idPrefix: string;
  topics: readonly string[];
  suggestions: readonly string[];
  max: number;
  text: { label: string; input: string; remove: string; suggestions: string };
  onChange: (topics: string[]) => void;
}

/** Topics as chips: typed (Enter or comma adds) or picked from suggestions; each chip has a remove button. */
export function TopicChips(props: Props) {
  const [typed, setTyped] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = `${props.idPrefix}-topic`;
  const add = (raw: string) => {
    const topic = asTopic(raw);
    if (!topic || props.topics.includes(topic) || props.topics.length >= props.max) return;
    props.onChange([...props.topics, topic]);
  };
  const open = props.suggestions.filter((topic) => !props.topics.includes(topic));
  return (
    <fieldset class="st-topics">
      <legend>{props.text.label}</legend>
      {props.topics.length > 0 && (
        <ul class="st-chips">
          {props.topics.map((topic) => (
            <li key={topic} class="st-chip">
              <span>{topic}</span>
              <button
                type="button"
                aria-label={fill(props.text.remove, topic)}
                onClick={() => props.onChange(props.topics.filter((t) => t !== topic))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for={inputId} class="st-sub">
        {props.text.input}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        maxLength={50}
        value={typed}
        onInput={(event) => setTyped(event.currentTarget.value)}
        onKeyDown={(event) => {
          if ((event.key === 'Enter' || event.key === ',' || event.key === '，') && typed.trim()) {
            event.preventDefault();
            add(typed);
            setTyped('');
          }
        }}
      />
      {open.length > 0 && (
        <fieldset class="st-suggestions">
          <legend class="st-sub">{props.text.suggestions}</legend>
          {open.slice(0, 12).map((topic) => (
            <button
              type="button"
              key={topic}
              class="st-suggestion"
              onClick={() => {
                // The picked suggestion disappears: keep the keyboard in the topic field.
                add(topic);
                inputRef.current?.focus();
              }}
            >
              + {topic}
            </button>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
