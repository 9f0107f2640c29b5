import { type Locale, translate } from '@/storage/i18n';
import type { BurnUpPoint } from './BurnUpChart';

/** The burn-up chart's numbers as a table: its text alternative, folded away by default. */
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
              <td class="num">{point.actual ?? '—'}</td>
              <td class="num">{point.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
