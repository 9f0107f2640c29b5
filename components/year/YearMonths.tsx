import type { YearStats } from '@/storage/digest/year-stats';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { BarChart } from '../charts/BarChart';
import { formatLocalDay, languageTag } from '../charts/calendar-format';
import { SERIES_COLOUR } from '../charts/palette';
import { chartUnitLabel, chartValue } from '../week/WeekDays';

interface Props {
  locale: Locale;
  stats: YearStats;
  unit: DurationUnit;
}

/** Study time per month: a chart and a table with the same numbers. */
export function YearMonths({ locale, stats, unit }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const labels = stats.perMonth.map((m) => formatLocalDay(`${m.month}-01`, locale, { month: 'short' }));
  return (
    <section class="stats-section" aria-labelledby="year-months-heading">
      <h2 id="year-months-heading">{t('year_monthsHeading')}</h2>
      <BarChart
        labels={labels}
        series={[
          {
            label: t('year_monthsHeading'),
            colour: SERIES_COLOUR,
            data: stats.perMonth.map((m) => chartValue(m.minutes, unit)),
          },
        ]}
        stacked={false}
        label={t('year_monthsChartLabel')}
        unit={t(chartUnitLabel(unit))}
        languageTag={languageTag(locale)}
      />
      <div class="table-scroll">
        <table class="stats-table" data-testid="year-months">
          <thead>
            <tr>
              <th scope="col">{t('year_month')}</th>
              <th scope="col">{t('week_time')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.perMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row">
                  {formatLocalDay(`${m.month}-01`, locale, { year: 'numeric', month: 'long' })}
                </th>
                <td data-minutes={m.minutes}>{formatDuration(m.minutes, unit, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
