import type { Locale } from '@/storage/i18n';

const LANGUAGE_TAG: Record<Locale, string> = { zh_CN: 'zh-CN', en: 'en' };
const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached `Intl.DateTimeFormat` per locale, zone and style: lists format hundreds of times. */
function format(locale: Locale, timeZone: string, style: 'date' | 'time' | 'weekday'): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}\u0000${style}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      style === 'date'
        ? { dateStyle: 'medium' }
        : style === 'time'
          ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
          : { weekday: 'long', month: 'long', day: 'numeric' };
    found = new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { ...options, timeZone });
    formats.set(key, found);
  }
  return found;
}

/** A day as the locale writes it ("2026年4月13日", "Apr 13, 2026"), in the settings' time zone. */
export const formatDate = (ms: number, locale: Locale, timeZone: string) =>
  format(locale, timeZone, 'date').format(ms);
/** A clock time, 24-hour ("09:05"). */
export const formatTime = (ms: number, locale: Locale, timeZone: string) =>
  format(locale, timeZone, 'time').format(ms);
/** A day heading with its weekday ("4月13日星期一", "Monday, April 13"). */
export const formatDayHeading = (ms: number, locale: Locale, timeZone: string) =>
  format(locale, timeZone, 'weekday').format(ms);
