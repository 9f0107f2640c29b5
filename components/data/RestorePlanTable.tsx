import type { RestorePlan, TableCounts } from '@/storage/backup';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  plan: RestorePlan;
  fileName: string;
}

const COLUMNS: readonly [keyof TableCounts, MessageKey][] = [
  ['new', 'data_planNew'],
  ['updated', 'data_planUpdated'],
  ['unchanged', 'data_planUnchanged'],
  ['removed', 'data_planRemoved'],
];

/** What a restore will do, before the user confirms: rows per table by outcome, and the settings. */
export function RestorePlanTable({ locale, plan, fileName }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const rows: [string, TableCounts, string][] = [
    ['sessions', plan.sessions, t('data_planSessions')],
    ['reflections', plan.reflections, t('data_planReflections')],
    ...(plan.plans ? [['plans', plan.plans, t('data_planPlans')] as [string, TableCounts, string]] : []),
  ];
  return (
    <>
      <table class="plan">
        <caption>{t('data_planCaption', fileName)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data_planRecords')}</th>
            {COLUMNS.map(([column, key]) => (
              <th key={column} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([table, counts, label]) => (
            <tr key={table} data-table={table}>
              <th scope="row">{label}</th>
              {COLUMNS.map(([column]) => (
                <td key={column} data-column={column}>
                  {counts[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('data_planUnchangedHint')}</p>
      <p>{t(plan.settings === 'replaced' ? 'data_planSettingsReplaced' : 'data_planSettingsUnchanged')}</p>
    </>
  );
}
