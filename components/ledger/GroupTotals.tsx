import { BarChart } from '@/components/charts/BarChart';
import { languageTag } from '@/components/charts/calendar-format';
import { SERIES_COLOUR } from '@/components/charts/palette';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { groupTotals, weeklyDistribution } from '@/storage/ledger/queries';
import type { LedgerData } from '@/storage/ledger/types';
import { WeekChoice } from './WeekChoice';

interface Props {
  locale: Locale;
  data: LedgerData;
  weeks: readonly string[];
  weekStart: string;
  unit: DurationUnit;
  onWeek: (weekStart: string) => void;
}

/** The group's week in numbers, and how the weekly time is spread over the people: a chart and its table. */
export function GroupTotals({ locale, data, weeks, weekStart, unit, onWeek }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const totals = groupTotals(data, weekStart);
  const buckets = weeklyDistribution(data, weekStart, { bucketMinutes: 30 });
  const time = (minutes: number) => formatDuration(minutes, unit, locale);
  const bucketLabel = (bucket: { from: number; to: number }) => t('ledger_bucket', bucket.from, bucket.to);
  const everyWeek = weeks.map((week) => ({ week, totals: groupTotals(data, week) }));

  return (
    <section class="ledger-section" aria-labelledby="ledger-totals-heading">
      <h2 id="ledger-totals-heading">{t('ledger_totalsHeading')}</h2>
      <WeekChoice locale={locale} id="ledger-totals-week" weeks={weeks} value={weekStart} onChange={onWeek} />
      <dl class="ledger-facts" data-testid="ledger-totals">
        <dt>{t('ledger_handedIn')}</dt>
        <dd>{t('ledger_handedInOf', totals.handedIn, totals.people)}</dd>
        <dt>{t('ledger_totalTime')}</dt>
        <dd>{time(totals.totalMinutes)}</dd>
        <dt>{t('ledger_mean')}</dt>
        <dd>{time(totals.meanMinutes)}</dd>
        <dt>{t('ledger_median')}</dt>
        <dd>{time(totals.medianMinutes)}</dd>
        <dt>{t('ledger_metGoal')}</dt>
        <dd>{totals.metGoal}</dd>
      </dl>
      <h3>{t('ledger_distributionHeading')}</h3>
      <BarChart
        labels={buckets.map(bucketLabel)}
        series={[
          { label: t('ledger_people'), data: buckets.map((bucket) => bucket.count), colour: SERIES_COLOUR },
        ]}
        stacked={false}
        label={t('ledger_distributionLabel', weekStart)}
        unit={t('ledger_people')}
        languageTag={languageTag(locale)}
      />
      <div class="table-scroll">
        <table class="stats-table" data-testid="ledger-distribution">
          <caption>{t('ledger_distributionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ledger_bucketHeading')}</th>
              <th scope="col">{t('ledger_people')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.from}>
                <th scope="row">{bucketLabel(bucket)}</th>
                <td>{bucket.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('ledger_everyWeekHeading')}</h3>
      <div class="table-scroll">
        <table class="stats-table" data-testid="ledger-week-totals">
          <caption class="visually-hidden">{t('ledger_everyWeekHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ledger_week')}</th>
              <th scope="col">{t('ledger_handedIn')}</th>
              <th scope="col">{t('ledger_totalTime')}</th>
              <th scope="col">{t('ledger_mean')}</th>
              <th scope="col">{t('ledger_metGoal')}</th>
            </tr>
          </thead>
          <tbody>
            {everyWeek.map(({ week, totals: row }) => (
              <tr key={week} data-week={week}>
                <th scope="row">{t('ledger_weekOf', week)}</th>
                <td>{t('ledger_handedInOf', row.handedIn, row.people)}</td>
                <td>{time(row.totalMinutes)}</td>
                <td>{time(row.meanMinutes)}</td>
                <td>{row.metGoal}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
