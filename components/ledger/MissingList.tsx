import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { notHandedIn } from '@/storage/ledger/queries';
import type { LedgerData, LedgerPerson } from '@/storage/ledger/types';
import { WeekChoice } from './WeekChoice';

interface Props {
  locale: Locale;
  data: LedgerData;
  weeks: readonly string[];
  weekStart: string;
  onWeek: (weekStart: string) => void;
  onOpenPerson: (personId: string) => void;
}

/** The roster's people who handed in nothing for the chosen week, and those whose only file was edited. */
export function MissingList({ locale, data, weeks, weekStart, onWeek, onOpenPerson }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const { missing, edited } = notHandedIn(data, weekStart);
  const list = (people: LedgerPerson[], testId: string) => (
    <ul class="ledger-people" data-testid={testId}>
      {people.map((person) => (
        <li key={person.id} data-person={person.id}>
          <button type="button" class="link-button" onClick={() => onOpenPerson(person.id)}>
            {person.name}
          </button>
          <span class="muted"> {[person.staffNo, person.unit].filter(Boolean).join(' · ')}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section class="ledger-section" aria-labelledby="ledger-missing-heading">
      <h2 id="ledger-missing-heading">{t('ledger_missingHeading')}</h2>
      <WeekChoice
        locale={locale}
        id="ledger-missing-week"
        weeks={weeks}
        value={weekStart}
        onChange={onWeek}
      />
      <p role="status" data-testid="ledger-missing-count">
        {t('ledger_missingCount', missing.length)}
      </p>
      {missing.length > 0 && list(missing, 'ledger-missing')}
      {edited.length > 0 && (
        <>
          <h3>{t('ledger_editedHeading')}</h3>
          <p class="hint">{t('ledger_editedHint')}</p>
          {list(edited, 'ledger-missing-edited')}
        </>
      )}
    </section>
  );
}
