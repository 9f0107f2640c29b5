import { type Locale, type MessageKey, translate } from '../i18n';
import type { DigestPlan } from '../schemas/digest';
import { formatNumber } from './text';

/*
 * The plan section's words, shared by every renderer (plain text; each renderer escapes for its format).
 * The plan's name and organiser are the learner's own text, exported as written.
 */

const STATUS_KEYS: Record<DigestPlan['status'], MessageKey> = {
  'not-started': 'digest_planStatusNotStarted',
  'on-track': 'digest_planStatusOnTrack',
  behind: 'digest_planStatusBehind',
  done: 'digest_planStatusDone',
  ended: 'digest_planStatusEnded',
};

/** On track / behind / done / … in words. */
export function planStatusText(status: DigestPlan['status'], locale: Locale): string {
  return translate(locale, STATUS_KEYS[status]);
}

/** "12.5 学时" / "12.5 class hours". */
export function classHoursText(classHours: number, locale: Locale): string {
  return translate(locale, 'digest_planClassHours', formatNumber(classHours, locale));
}

/** A plan's facts as label/value pairs, in the order every format shows them. */
export function planRows(plan: DigestPlan, locale: Locale): [string, string][] {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const number = (value: number) => formatNumber(value, locale);
  const rows: [string, string][] = [
    [t('digest_planDates'), t('digest_planDatesValue', plan.start, plan.deadline)],
    [
      t('digest_planTracked'),
      t(
        'digest_planTrackedValue',
        number(plan.trackedClassHours),
        number(plan.requiredClassHours),
        plan.percent,
        plan.classHourMinutes,
      ),
    ],
    [t('digest_planPeriodMinutes'), t('digest_minutesValue', number(plan.periodMinutes))],
    [t('digest_planStatus'), planStatusText(plan.status, locale)],
  ];
  if (plan.organiser.trim() !== '') rows.unshift([t('digest_planOrganiser'), plan.organiser]);
  if (plan.neededClassHoursPerWeek !== undefined) {
    rows.push([t('digest_planNeeded'), classHoursText(plan.neededClassHoursPerWeek, locale)]);
  }
  if (plan.forecastDate !== undefined) {
    // A forecast past the deadline says so: beside an "on track" status (ahead of the straight line) it would mislead.
    const late = plan.status !== 'done' && plan.forecastDate > plan.deadline;
    rows.push([
      t('digest_planForecast'),
      late ? t('digest_planForecastLate', plan.forecastDate) : plan.forecastDate,
    ]);
  }
  if (plan.creditedClassHours !== undefined) {
    rows.push([t('digest_planCredited'), classHoursText(plan.creditedClassHours, locale)]);
  }
  return rows;
}
