import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/use-live-query';
import type { DurationUnit } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { ledgerWeekStarts } from '@/storage/ledger/queries';
import { CaseList } from './CaseList';
import { ExportPanel } from './ExportPanel';
import { FileList } from './FileList';
import { GroupTotals } from './GroupTotals';
import { ImportPanel } from './ImportPanel';
import { LedgerErasePanel } from './LedgerErasePanel';
import type { LedgerActions } from './ledger-actions';
import { MissingList } from './MissingList';
import { PeopleTable } from './PeopleTable';
import { PersonDetail } from './PersonDetail';
import './ledger.css';

type Tab = 'table' | 'missing' | 'totals' | 'cases' | 'files';
const TABS: [Tab, MessageKey][] = [
  ['table', 'ledger_tabTable'],
  ['missing', 'ledger_tabMissing'],
  ['totals', 'ledger_tabTotals'],
  ['cases', 'ledger_tabCases'],
  ['files', 'ledger_tabFiles'],
];

interface Props {
  locale: Locale;
  /** The organiser's own unit setting: the ledger starts in it and can switch. */
  unit: DurationUnit;
  actions: LedgerActions;
}

/** The organiser's ledger (参训台账): import learners' digests and a roster, read them in tables, export. */
export function LedgerView({ locale, unit: settingUnit, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const state = useLiveQuery(() => actions.read(), [actions]);
  const [tab, setTab] = useState<Tab>('table');
  const [person, setPerson] = useState<string | null>(null);
  const [goalUnit, setGoalUnit] = useState(settingUnit.goalUnit);
  const [chosenWeek, setChosenWeek] = useState<string | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (person) detailRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [person]);

  if (state.status === 'loading')
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  if (state.status === 'error') return <p role="alert">{t('ledger_readFailed', state.error.message)}</p>;
  const data = state.value;
  const weeks = ledgerWeekStarts(data);
  const weekStart = chosenWeek && weeks.includes(chosenWeek) ? chosenWeek : (weeks[weeks.length - 1] ?? '');
  const unit: DurationUnit = { goalUnit, classHourMinutes: settingUnit.classHourMinutes };
  const openPerson = (id: string) => setPerson(id);

  const body = () => {
    if (person)
      return (
        <div ref={detailRef}>
          <PersonDetail
            locale={locale}
            data={data}
            personId={person}
            unit={unit}
            actions={actions}
            onBack={() => setPerson(null)}
          />
        </div>
      );
    if (tab !== 'table' && tab !== 'files' && weeks.length === 0)
      return <p class="muted">{t('ledger_empty')}</p>;
    switch (tab) {
      case 'missing':
        return (
          <MissingList
            locale={locale}
            data={data}
            weeks={weeks}
            weekStart={weekStart}
            onWeek={setChosenWeek}
            onOpenPerson={openPerson}
          />
        );
      case 'totals':
        return (
          <GroupTotals
            locale={locale}
            data={data}
            weeks={weeks}
            weekStart={weekStart}
            unit={unit}
            onWeek={setChosenWeek}
          />
        );
      case 'cases':
        return <CaseList locale={locale} data={data} onOpenPerson={openPerson} />;
      case 'files':
        return (
          <section class="ledger-section" aria-labelledby="ledger-files-heading">
            <h2 id="ledger-files-heading">{t('ledger_filesHeading')}</h2>
            <FileList locale={locale} data={data} />
          </section>
        );
      default:
        return <PeopleTable locale={locale} data={data} unit={unit} onOpenPerson={openPerson} />;
    }
  };

  return (
    <div class="ledger">
      <p class="hint">{t('ledger_intro')}</p>
      <ImportPanel locale={locale} actions={actions} />
      <div class="ledger-controls">
        <fieldset class="group plain">
          <legend class="visually-hidden">{t('ledger_viewsLabel')}</legend>
          <div class="actions">
            {TABS.map(([id, label]) => (
              <button
                type="button"
                key={id}
                data-tab={id}
                aria-pressed={!person && tab === id ? 'true' : 'false'}
                onClick={() => {
                  setPerson(null);
                  setTab(id);
                }}
              >
                {t(label)}
              </button>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="ledger-unit">{t('ledger_timeUnit')}</label>
          <select
            id="ledger-unit"
            value={goalUnit}
            onChange={(event) =>
              setGoalUnit(event.currentTarget.value === 'classHours' ? 'classHours' : 'minutes')
            }
          >
            <option value="minutes">{t('ledger_unitMinutes')}</option>
            <option value="classHours">{t('ledger_unitClassHours')}</option>
          </select>
        </div>
      </div>
      {body()}
      <ExportPanel
        locale={locale}
        data={data}
        weekStart={weekStart}
        classHourMinutes={unit.classHourMinutes}
        actions={actions}
      />
      <LedgerErasePanel locale={locale} actions={actions} />
    </div>
  );
}
