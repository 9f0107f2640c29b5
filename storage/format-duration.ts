import { displayMinutes } from './digest/minutes';
import { type Locale, translate } from './i18n';
import type { Settings } from './schemas/settings';

/** How totals and goals are shown: the settings' `goalUnit` and `classHourMinutes`. */
export type DurationUnit = Pick<Settings, 'goalUnit' | 'classHourMinutes'>;

const LANGUAGE_TAG: Record<Locale, string> = { zh_CN: 'zh-CN', en: 'en' };
const formatters = new Map<string, Intl.NumberFormat>();

/** One cached `Intl.NumberFormat` per locale and precision: the popup formats a handful of numbers per paint. */
function numberFormat(locale: Locale, fractionDigits: 0 | 1): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LANGUAGE_TAG[locale], {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * The number alone, in the unit: whole minutes (`displayMinutes`, the popup's, dashboard's and widget's
 * one rule), or the class hours (学时) of those whole minutes to one decimal, rounded as the widget rounds
 * them. Grouped and with digits as `Intl` writes them.
 * @param minutes one-decimal minutes as `toMinutes` makes them
 */
export function formatDurationNumber(minutes: number, unit: DurationUnit, locale: Locale): string {
  const whole = displayMinutes(minutes);
  if (unit.goalUnit === 'classHours')
    return numberFormat(locale, 1).format(whole / Math.max(1, unit.classHourMinutes));
  return numberFormat(locale, 0).format(whole);
}

/**
 * THE formatter for study totals and goals in every view (popup, dashboard, digest, widget): "95 min" /
 * "95 分钟", or "2.1 class hours" / "2.1 学时" when the goal is counted in class hours.
 * @param minutes one-decimal minutes as `toMinutes` makes them (use `toMinutes(ms)` for stored durations)
 */
export function formatDuration(minutes: number, unit: DurationUnit, locale: Locale): string {
  const value = formatDurationNumber(minutes, unit, locale);
  return translate(locale, unit.goalUnit === 'classHours' ? 'classHoursValue' : 'minutes', value);
}

/** A total against its goal in one unit: "95 / 180 min", "2.1 / 4.0 学时". Both in one-decimal minutes. */
export function formatGoalProgress(
  minutes: number,
  goalMinutes: number,
  unit: DurationUnit,
  locale: Locale,
): string {
  const key = unit.goalUnit === 'classHours' ? 'weekProgressClassHours' : 'weekProgress';
  return translate(
    locale,
    key,
    formatDurationNumber(minutes, unit, locale),
    formatDurationNumber(goalMinutes, unit, locale),
  );
}
