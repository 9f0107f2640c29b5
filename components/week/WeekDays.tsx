import { SESSION_KINDS } from '@/storage/digest/kind-split';
import type { WeekStats } from '@/storage/digest/week-stats';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { SessionKind } from '@/storage/schemas/rows';
import { BarChart } from '../charts/BarChart';
import { formatLocalDay, languageTag } from '../charts/calendar-format';
import { KIND_COLOURS } from '../charts/palette';

/** The words for each kind of counted time, the same as in the digest. */
export const KIND_LABELS: Record<SessionKind, MessageKey> = {
  input: 'digest_kindInput',
  media: 'digest_kindMedia',
  'background-audio': 'digest_kindBackgroundAudio',
  manual: 'digest_kindManual',
};

/** A chart's value in the unit totals are shown in: minutes, or class hours (学时). */
export function chartValue(minutes: number, unit: DurationUnit): number {
  return unit.goalUnit === 'classHours' ? Math.round((minutes / unit.classHourMinutes) * 100) / 100 : minutes;
}

export const chartUnitLabel = (unit: DurationUnit): MessageKey =>
  unit.goalUnit === 'classHours' ? 'chart_unitClassHours' : 'chart_unitMinutes';

interface Props {
  locale: Locale;
  stats: WeekStats;
  unit: DurationUnit;
  /** A day opened from the Year view, marked in the table. */
  selectedDay?: string;
}

/** Each day's study time stacked by kind: a chart, and a table with the same numbers (also the legend). */
export function WeekDays({ locale, stats, unit, selectedDay }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const { perDayByKind, digest } = stats;
  const dayLabels = perDayByKind.map((day) =>
    formatLocalDay(day.date, locale, { weekday: 'short', month: 'numeric', day: 'numeric' }),
  );
  // Kinds with no time this week stay out of the chart (and its legend) but keep their table column.
  const shown = SESSION_KINDS.filter((kind) => perDayByKind.some((day) => day.minutes[kind] > 0));
  return (
    <section class="stats-section" aria-labelledby="week-days-heading">
      <h2 id="week-days-heading">{t('week_chartHeading')}</h2>
      <BarChart
        labels={dayLabels}
        series={shown.map((kind) => ({
          label: t(KIND_LABELS[kind]),
          colour: KIND_COLOURS[kind],
          data: perDayByKind.map((day) => chartValue(day.minutes[kind], unit)),
        }))}
        stacked={true}
        label={t('week_chartLabel')}
        unit={t(chartUnitLabel(unit))}
        languageTag={languageTag(locale)}
      />
      <div class="table-scroll">
        <table class="stats-table" data-testid="week-days">
          <caption>{t('week_tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('digest_weekday')}</th>
              {SESSION_KINDS.map((kind) => (
                <th scope="col" key={kind}>
                  <span class="swatch" style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" />
                  {t(KIND_LABELS[kind])}
                </th>
              ))}
              <th scope="col">{t('week_dayTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {perDayByKind.map((day, i) => (
              <tr
                key={day.date}
                data-date={day.date}
                class={day.date === selectedDay ? 'selected-day' : undefined}
                aria-current={day.date === selectedDay ? 'date' : undefined}
              >
                <th scope="row">{dayLabels[i]}</th>
                {SESSION_KINDS.map((kind) => (
                  <td key={kind} data-kind={kind}>
                    {formatDuration(day.minutes[kind], unit, locale)}
                  </td>
                ))}
                <td data-testid="day-total" data-minutes={digest.perDay[i]?.minutes}>
                  {formatDuration(digest.perDay[i]?.minutes ?? 0, unit, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
