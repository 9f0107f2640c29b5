import type { Locale } from '@/storage/i18n';

/** The BCP 47 tag `Intl` writes a UI locale in. */
export const languageTag = (locale: Locale): string => (locale === 'en' ? 'en' : 'zh-CN');

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A local calendar day (`YYYY-MM-DD`) written by `Intl` in the locale. The day is already local to the
 * chosen time zone, so it is formatted as a plain date (at UTC midnight, in UTC): no zone can shift it.
 */
export function formatLocalDay(date: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTag(locale), { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** A whole number (days, counts) grouped as the locale writes it. */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(languageTag(locale)).format(value);
}
