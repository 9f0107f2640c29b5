import { useEffect, useState } from 'preact/hooks';
import { daysText } from '@/storage/days-text';
import type { YearStats } from '@/storage/digest/year-stats';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { formatLocalDay } from '../charts/calendar-format';
import { StatsPending } from '../charts/StatsPending';
import type { LiveState } from '../use-live-query';
import { YearHeatmap } from './YearHeatmap';
import { YearMonths } from './YearMonths';

export interface YearActions {
  /** The year's numbers from its stored sessions. */
  load(year: number): Promise<YearStats>;
  /** Shows another year (kept in the address: `#/year/YYYY`). */
  showYear(year: number): void;
  /** Shows the week of a day (the Week view). */
  openDay(date: string): void;
}

interface Props {
  locale: Locale;
  year: number;
  /** Local `YYYY-MM-DD` of today in the chosen time zone. */
  today: string;
  unit: DurationUnit;
  actions: YearActions;
}

/** A calendar year at a glance: total, days studied, streaks, a heatmap of days and minutes per month. */
export function YearView({ locale, year, today, unit, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  // Read once per year shown, not live: a year of rows read again on every heartbeat (a few a minute while
  // studying) would cost more than it shows. Opening the view again shows the latest.
  const [live, setLive] = useState<LiveState<YearStats>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setLive({ status: 'loading' });
    actions.load(year).then(
      (value) => current && setLive({ status: 'ready', value }),
      (error: unknown) =>
        current &&
        setLive({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [year, actions]);
  const thisYear = Number(today.slice(0, 4));
  const picker = (
    <fieldset class="stats-picker">
      <legend class="visually-hidden">{t('year_picker')}</legend>
      <button type="button" onClick={() => actions.showYear(year - 1)}>
        {t('year_previous')}
      </button>
      <button type="button" aria-pressed={year === thisYear} onClick={() => actions.showYear(thisYear)}>
        {t('year_current')}
      </button>
      <button type="button" onClick={() => actions.showYear(year + 1)}>
        {t('year_next')}
      </button>
      <p class="stats-period" data-testid="year-shown">
        {formatLocalDay(`${year}-01-01`, locale, { year: 'numeric' })}
      </p>
    </fieldset>
  );
  if (live.status !== 'ready') {
    const failure = live.status === 'error' ? t('year_loadFailed', live.error.message) : undefined;
    return <StatsPending picker={picker} loadingText={t('loading')} failure={failure} />;
  }
  const stats = live.value;
  const { totals } = stats;
  return (
    <section class="stats" data-testid="year-view" data-year={year}>
      {picker}
      <dl class="stats-summary">
        <div>
          <dt>{t('year_total', year)}</dt>
          <dd data-testid="year-total" data-minutes={totals.activeMinutes}>
            {formatDuration(totals.activeMinutes, unit, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('year_daysStudied')}</dt>
          <dd data-testid="year-days" data-count={totals.daysStudied}>
            {daysText(totals.daysStudied, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('year_currentStreak')}</dt>
          <dd data-testid="year-current-streak" data-count={totals.currentStreakDays}>
            {daysText(totals.currentStreakDays, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('year_longestStreak')}</dt>
          <dd data-testid="year-longest-streak" data-count={totals.longestStreakDays}>
            {daysText(totals.longestStreakDays, locale)}
          </dd>
        </div>
      </dl>
      {totals.daysStudied === 0 && (
        <div class="empty-state" data-testid="year-empty">
          <p>{t('year_empty', year)}</p>
          <p>
            <a href="#/settings">{t('week_emptyAction')}</a>
          </p>
        </div>
      )}
      <YearHeatmap locale={locale} stats={stats} unit={unit} today={today} openDay={actions.openDay} />
      <YearMonths locale={locale} stats={stats} unit={unit} />
    </section>
  );
}
