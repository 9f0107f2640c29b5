import { type Locale, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  id: string;
  weeks: readonly string[];
  value: string;
  onChange: (weekStart: string) => void;
}

/** Which week a view is about: every week any file was imported for, newest first. */
export function WeekChoice({ locale, id, weeks, value, onChange }: Props) {
  return (
    <div class="field inline">
      <label for={id}>{translate(locale, 'ledger_chooseWeek')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {[...weeks].reverse().map((week) => (
          <option key={week} value={week}>
            {translate(locale, 'ledger_weekOf', week)}
          </option>
        ))}
      </select>
    </div>
  );
}
