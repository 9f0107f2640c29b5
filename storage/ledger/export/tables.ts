import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { LedgerPlan } from '@/storage/schemas/ledger';
import { caseList, classHours, notHandedIn, peopleByWeeks, personDetail } from '../queries';
import type { LedgerData } from '../types';

/** A cell: text stays text, numbers stay numbers, empty is empty. Never a formula. */
export type ExportCell = string | number | null;

export interface ExportTable {
  /** The sheet's name (汇总 / 每周 / 未提交 / 案例 in Chinese). */
  name: string;
  /** A file-name part for the CSV export. */
  slug: 'summary' | 'weekly' | 'missing' | 'cases';
  header: string[];
  rows: ExportCell[][];
}

export interface LedgerExportOptions {
  locale: Locale;
  classHourMinutes: number;
  /** The week (Monday) whose "not handed in" list is exported. */
  weekStart: string;
  /** ms since epoch: when the export was made. */
  now: number;
}

function planText(plans: LedgerPlan[], perHour: number): string {
  return plans
    .map((plan) => {
      const done = plan.doneMinutes === undefined ? '?' : classHours(plan.doneMinutes, perHour);
      const required = plan.requiredMinutes === undefined ? '?' : classHours(plan.requiredMinutes, perHour);
      return `${plan.title} ${done}/${required}${plan.status ? ` (${plan.status})` : ''}`;
    })
    .join('; ');
}

/**
 * The ledger as four tables, the same for the .xlsx, CSV and HTML exports: a summary per person, minutes
 * per person and week, who has not handed in the chosen week, and the cases.
 */
export function ledgerTables(data: LedgerData, options: LedgerExportOptions): ExportTable[] {
  const t = (key: MessageKey, ...values: (string | number)[]) => translate(options.locale, key, ...values);
  const perHour = options.classHourMinutes;
  const grid = peopleByWeeks(data, { classHourMinutes: perHour });
  const who = (person: { staffNo?: string; name: string; unit: string }) => [
    person.staffNo ?? '',
    person.name,
    person.unit,
  ];
  const summary = grid.rows.map(({ person, cells }) => {
    const detail = personDetail(data, person.id, { classHourMinutes: perHour });
    const attention =
      detail?.files.filter((file) => file.status === 'edited' || file.status === 'new-key') ?? [];
    return [
      ...who(person),
      cells.filter((cell) => cell.state === 'handed-in').length,
      detail?.totals.minutes ?? 0,
      detail?.totals.classHours ?? 0,
      detail?.totals.reflections ?? 0,
      detail?.totals.cases ?? 0,
      planText(detail?.plans ?? [], perHour),
      person.pinnedFingerprint ?? '',
      attention
        .map(
          (file) =>
            `${t(`ledgerStatus_${file.status === 'edited' ? 'edited' : 'newKey'}`)} ${file.weekStart ?? ''}`,
        )
        .join('; '),
    ];
  });
  const weekly = grid.rows.map(({ person, cells, totalMinutes }) => [
    ...who(person),
    ...cells.map((cell) => cell.minutes ?? null),
    totalMinutes,
  ]);
  const missing = notHandedIn(data, options.weekStart);
  const missingRows = [
    ...missing.missing.map((person) => [...who(person), t('ledgerExport_missingNothing')]),
    ...missing.edited.map((person) => [...who(person), t('ledgerExport_missingEdited')]),
  ];
  const cases = caseList(data).map((item) => [
    item.weekStart,
    ...who(item.person),
    item.courseTitle,
    item.lessonTitle,
    item.topics.join('、'),
    item.learned,
  ]);
  const personHeader = [t('ledgerExport_staffNo'), t('ledgerExport_name'), t('ledgerExport_unit')];
  return [
    {
      name: t('ledgerExport_sheetSummary'),
      slug: 'summary',
      header: [
        ...personHeader,
        t('ledgerExport_weeksHandedIn'),
        t('ledgerExport_totalMinutes'),
        t('ledgerExport_totalClassHours'),
        t('ledgerExport_reflections'),
        t('ledgerExport_cases'),
        t('ledgerExport_plans'),
        t('ledgerExport_fingerprint'),
        t('ledgerExport_attention'),
      ],
      rows: summary,
    },
    {
      name: t('ledgerExport_sheetWeekly'),
      slug: 'weekly',
      header: [
        ...personHeader,
        ...grid.weekStarts.map((week) => t('ledgerExport_minutesOfWeek', week)),
        t('ledgerExport_totalMinutes'),
      ],
      rows: weekly,
    },
    {
      name: t('ledgerExport_sheetMissing'),
      slug: 'missing',
      header: [...personHeader, t('ledgerExport_missingState')],
      rows: missingRows,
    },
    {
      name: t('ledgerExport_sheetCases'),
      slug: 'cases',
      header: [
        t('ledgerExport_week'),
        ...personHeader,
        t('ledgerExport_course'),
        t('ledgerExport_lesson'),
        t('ledgerExport_topics'),
        t('ledgerExport_learned'),
      ],
      rows: cases,
    },
  ];
}
