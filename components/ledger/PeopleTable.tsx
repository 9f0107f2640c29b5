import { useMemo, useState } from 'preact/hooks';
import { type DurationUnit, formatDurationNumber } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { peopleByWeeks } from '@/storage/ledger/queries';
import type { LedgerData } from '@/storage/ledger/types';
import { CELL_LEVELS, type CellLevel, type ColourBy, cellLevel, LEVEL_SYMBOL } from './cell-pace';
import { Pager } from './Pager';
import { pageOf } from './paged';

const PAGE_SIZE = 50;

const LEVEL_TEXT: Record<CellLevel, MessageKey> = {
  met: 'ledger_levelMet',
  part: 'ledger_levelPart',
  low: 'ledger_levelLow',
  behind: 'ledger_levelBehind',
  none: 'ledger_levelNone',
  missing: 'ledger_levelMissing',
  edited: 'ledger_levelEdited',
};

interface Props {
  locale: Locale;
  data: LedgerData;
  unit: DurationUnit;
  onOpenPerson: (personId: string) => void;
}

/** People × weeks: each cell the week's time with a symbol and colour for its level; paged, searchable. */
export function PeopleTable({ locale, data, unit, onOpenPerson }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [colourBy, setColourBy] = useState<ColourBy>('goal');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const grid = useMemo(
    () => peopleByWeeks(data, { classHourMinutes: unit.classHourMinutes }),
    [data, unit.classHourMinutes],
  );
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return grid.rows;
    return grid.rows.filter(
      ({ person }) =>
        person.name.toLowerCase().includes(needle) || (person.staffNo ?? '').toLowerCase().includes(needle),
    );
  }, [grid, query]);
  const shown = pageOf(rows, page, PAGE_SIZE);
  const number = (minutes: number) => formatDurationNumber(minutes, unit, locale);
  const unitText = t(unit.goalUnit === 'classHours' ? 'ledger_unitClassHours' : 'ledger_unitMinutes');

  return (
    <section class="ledger-section" aria-labelledby="ledger-table-heading">
      <h2 id="ledger-table-heading">{t('ledger_tableHeading')}</h2>
      <div class="form-row">
        <div class="field">
          <label for="ledger-search">{t('ledger_search')}</label>
          <input
            id="ledger-search"
            type="search"
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setPage(0);
            }}
          />
        </div>
        <fieldset class="group plain">
          <legend>{t('ledger_colourBy')}</legend>
          {(['goal', 'plan'] as const).map((by) => (
            <div class="field checkbox" key={by}>
              <input
                id={`ledger-colour-${by}`}
                type="radio"
                name="ledger-colour"
                checked={colourBy === by}
                onChange={() => setColourBy(by)}
              />
              <label for={`ledger-colour-${by}`}>
                {t(by === 'goal' ? 'ledger_colourGoal' : 'ledger_colourPlan')}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <ul class="ledger-legend" aria-label={t('ledger_legend')}>
        {CELL_LEVELS.map((level) => (
          <li key={level}>
            <span class={`ledger-cell level-${level}`} aria-hidden="true">
              {LEVEL_SYMBOL[level]}
            </span>{' '}
            {t(LEVEL_TEXT[level])}
          </li>
        ))}
      </ul>
      {grid.rows.length === 0 ? (
        <p class="muted">{t('ledger_empty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="stats-table ledger-grid" data-testid="ledger-grid">
            <caption>{t('ledger_tableCaption', unitText)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ledger_person')}</th>
                {grid.weekStarts.map((week) => (
                  <th scope="col" key={week} data-week={week}>
                    {t('ledger_weekOf', week)}
                  </th>
                ))}
                <th scope="col">{t('ledger_total')}</th>
              </tr>
            </thead>
            <tbody>
              {/* Keyed by place on the page: turning a page updates 50 rows in place instead of rebuilding them. */}
              {shown.rows.map(({ person, cells, totalMinutes }, place) => (
                <tr key={place} data-person={person.id}>
                  <th scope="row">
                    <button type="button" class="link-button" onClick={() => onOpenPerson(person.id)}>
                      {person.name}
                    </button>
                    {person.staffNo && <span class="muted ledger-staff-no">{person.staffNo}</span>}
                  </th>
                  {cells.map((cell) => {
                    const level = cellLevel(cell, colourBy);
                    return (
                      <td
                        key={cell.weekStart}
                        class={`ledger-cell level-${level}`}
                        data-week={cell.weekStart}
                        data-level={level}
                        data-minutes={cell.minutes}
                        data-status={cell.status}
                      >
                        <span aria-hidden="true">{LEVEL_SYMBOL[level]} </span>
                        {cell.state === 'handed-in' && cell.minutes !== undefined ? number(cell.minutes) : ''}
                        <span class="visually-hidden">{t(LEVEL_TEXT[level])}</span>
                      </td>
                    );
                  })}
                  <td data-total-minutes={totalMinutes}>{number(totalMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        locale={locale}
        page={shown.page}
        pages={shown.pages}
        label={t('ledger_tablePages')}
        onPage={setPage}
      />
    </section>
  );
}
