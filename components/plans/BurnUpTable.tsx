import { type Locale, translate } from '@/storage/i18n';
import { classHoursNumber } from '@/storage/plans/class-hours-text';
import type { BurnUpPoint } from './burn-up-data';

/** The burn-up chart's points as a table (the same points, the goal to a tenth): its text alternative. */
export function BurnUpTable({ locale, points }: { locale: Locale; points: BurnUpPoint[] }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return (
    <details class="chart-table">
      <summary>{t('plans_chartTable')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('plans_chartWeekEnd')}</th>
            <th scope="col" class="num">
              {t('plans_chartActual')}
            </th>
            <th scope="col" class="num">
              {t('plans_chartTarget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.date}>
              <th scope="row">{point.date}</th>
              <td class="num">{point.actual === null ? '—' : classHoursNumber(point.actual, locale)}</td>
              <td class="num">{classHoursNumber(point.target, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
