import { toMinutes } from '@/storage/digest/minutes';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  unit: DurationUnit;
  /** Oldest first, today last. */
  perDay: readonly { date: string; ms: number }[];
}

const WIDTH = 280;
const HEIGHT = 48;
const GAP = 8;

/** "周一" / "Mon" of a local date, read as a calendar day (no time zone can shift it). */
function weekday(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', {
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * The last seven days as bars in inline SVG (lighter than chart.js for seven bars; measured in the bench)
 * with the same numbers as a table for screen readers.
 */
export function LastDaysChart({ locale, unit, perDay }: Props) {
  const minutes = perDay.map((day) => toMinutes(day.ms));
  const max = Math.max(1, ...minutes);
  const barWidth = (WIDTH - GAP * (perDay.length - 1)) / perDay.length;
  return (
    <figure class="week-chart" data-testid="week-chart">
      <figcaption id="week-chart-caption">{translate(locale, 'weekChartCaption')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`} width="100%" aria-hidden="true" focusable="false">
        {minutes.map((value, index) => {
          const height = value > 0 ? Math.max(2, (value / max) * HEIGHT) : 0;
          const x = index * (barWidth + GAP);
          const day = perDay[index] as { date: string };
          return (
            <g key={day.date}>
              <rect
                class={index === perDay.length - 1 ? 'bar today' : 'bar'}
                x={x}
                y={HEIGHT - height}
                width={barWidth}
                height={height}
                rx="2"
              />
              <line class="axis" x1={x} x2={x + barWidth} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} />
              <text x={x + barWidth / 2} y={HEIGHT + 13} text-anchor="middle">
                {weekday(day.date, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* A table grows to its content whatever its width: the wrapper is what is hidden. */}
      <div class="visually-hidden">
        <table aria-labelledby="week-chart-caption">
          <thead>
            <tr>
              <th scope="col">{translate(locale, 'chartDay')}</th>
              <th scope="col">{translate(locale, 'chartTime')}</th>
            </tr>
          </thead>
          <tbody>
            {perDay.map((day, index) => (
              <tr key={day.date} data-testid="week-chart-row" data-date={day.date}>
                <th scope="row">{`${day.date} ${weekday(day.date, locale)}`}</th>
                <td>{formatDuration(minutes[index] ?? 0, unit, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
