import { formatNumber } from '../digest/text';
import type { Locale } from '../i18n';

/**
 * A class-hours figure as every surface shows it (Plans view, popup, digest, completion record): the
 * value plans-core computed (a tenth, cut down or rounded up), at most one decimal, in the locale's digits.
 */
export function classHoursNumber(value: number, locale: Locale): string {
  return formatNumber(value, locale);
}
