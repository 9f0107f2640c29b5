import type { Choice } from './PlanForm';

interface Props {
  idPrefix: string;
  legend: string;
  choices: Choice[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** A group of checkboxes, one per course or platform; nothing shown when there is nothing to choose. */
export function ChoiceList({ idPrefix, legend, choices, chosen, onChange }: Props) {
  if (choices.length === 0) return null;
  const picked = new Set(chosen);
  return (
    <fieldset class="choices plan-choice-list">
      <legend>{legend}</legend>
      {choices.map((choice, index) => {
        const id = `${idPrefix}-${index}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              id={id}
              type="checkbox"
              checked={picked.has(choice.value)}
              onChange={(event) =>
                onChange(
                  event.currentTarget.checked
                    ? [...chosen, choice.value]
                    : chosen.filter((value) => value !== choice.value),
                )
              }
            />
            <label for={id}>{choice.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
