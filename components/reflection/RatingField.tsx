import { fill } from '@/storage/reflections/fill';

interface Props {
  name: string;
  value: number | undefined;
  text: { legend: string; value: string; none: string };
  onChange: (value: number | undefined) => void;
}

/** An optional 1–5 usefulness rating as radio buttons (arrow keys move between them). */
export function RatingField(props: Props) {
  const options: (number | undefined)[] = [undefined, 1, 2, 3, 4, 5];
  return (
    <fieldset class="st-rating">
      <legend>{props.text.legend}</legend>
      {options.map((option) => (
        <label key={option ?? 0} class="st-radio">
          <input
            type="radio"
            name={props.name}
            checked={props.value === option}
            aria-label={option === undefined ? props.text.none : fill(props.text.value, option)}
            onChange={() => props.onChange(option)}
          />
          <span aria-hidden="true">{option === undefined ? props.text.none : option}</span>
        </label>
      ))}
    </fieldset>
  );
}
