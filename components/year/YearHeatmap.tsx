import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { YearStats } from '@/storage/digest/year-stats';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { formatLocalDay } from '../charts/calendar-format';
import { heatLevel, heatmapColumns, moveDay } from './heatmap-layout';

interface Props {
  locale: Locale;
  stats: YearStats;
  unit: DurationUnit;
  /** Local `YYYY-MM-DD` of today: the day the keyboard starts on when it is in this year. */
  today: string;
  openDay(date: string): void;
}

const LEVELS = ['year_level0', 'year_level1', 'year_level2', 'year_level3', 'year_level4'] as const;
const LONG_DAY: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'long',
};

/**
 * The year's study days as a grid of weeks (columns) and weekdays (rows), like a contribution graph. One
 * day is in the tab order; arrow keys, Home and End move it, Enter or a click opens the day's week.
 */
export function YearHeatmap({ locale, stats, unit, today, openDay }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const first = stats.perDay[0]?.date ?? `${stats.year}-01-01`;
  const last = stats.perDay.at(-1)?.date ?? `${stats.year}-12-31`;
  const minutes = useMemo(() => new Map(stats.perDay.map((day) => [day.date, day.minutes])), [stats]);
  const columns = useMemo(() => heatmapColumns(first, last), [first, last]);
  const start = today >= first && today <= last ? today : last;
  const [focused, setFocused] = useState(start);
  const grid = useRef<HTMLTableElement>(null);
  useEffect(() => setFocused(start), [start]);

  const weekdays = Array.from({ length: 7 }, (_, row) => row);
  return (
    <section class="stats-section" aria-labelledby="year-heatmap-heading">
      <h2 id="year-heatmap-heading">{t('year_heatmapHeading')}</h2>
      <p id="year-heatmap-help" class="muted">
        {t('year_heatmapHelp')}
      </p>
      <div class="table-scroll">
        <table
          ref={grid}
          class="heatmap"
          aria-label={t('year_heatmapLabel', stats.year)}
          aria-describedby="year-heatmap-help"
          data-testid="year-heatmap"
          onKeyDown={(event) => {
            // From the day that has the focus now: keys can come faster than renders.
            const from = (event.target as HTMLElement).dataset.date ?? focused;
            const next = moveDay(from, event.key, first, last);
            if (next === undefined) return;
            event.preventDefault();
            grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${next}"]`)?.focus();
          }}
        >
          <thead aria-hidden="true">
            <tr>
              <td />
              {columns.map((week, column) => {
                // A month's name over the first week that holds its first day.
                const firstOfMonth = week.find((date) => date?.endsWith('-01'));
                return (
                  <td key={column} class="heat-month">
                    {firstOfMonth ? formatLocalDay(firstOfMonth, locale, { month: 'short' }) : ''}
                  </td>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {weekdays.map((row) => (
              <tr key={row}>
                <th scope="row">
                  {formatLocalDay(columns.find((week) => week[row])?.[row] ?? first, locale, {
                    weekday: 'short',
                  })}
                </th>
                {columns.map((week, column) => {
                  const date = week[row];
                  if (date === undefined) return <td key={column} class="heat-out" />;
                  const value = minutes.get(date) ?? 0;
                  const label = t(
                    'year_dayLabel',
                    formatLocalDay(date, locale, LONG_DAY),
                    value > 0 ? formatDuration(value, unit, locale) : t('year_dayNone'),
                  );
                  return (
                    <td key={column}>
                      <button
                        type="button"
                        class={`heat heat-${heatLevel(value)}`}
                        data-date={date}
                        data-minutes={value}
                        tabIndex={date === focused ? 0 : -1}
                        aria-label={label}
                        title={label}
                        onFocus={() => setFocused(date)}
                        onClick={() => openDay(date)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="heat-legend">
        <span>{t('year_legend')}:</span>
        {LEVELS.map((key, level) => (
          <span key={key} class="heat-legend-item">
            <span class={`heat heat-${level}`} aria-hidden="true" />
            {t(key)}
          </span>
        ))}
      </p>
    </section>
  );
}
