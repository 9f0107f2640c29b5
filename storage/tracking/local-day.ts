import { TZDate } from '@date-fns/tz';

/** The IANA time zone to count days in: the setting, or the browser's own for 'auto'. */
export function resolveTimeZone(setting: string): string {
  return setting === 'auto' ? Intl.DateTimeFormat().resolvedOptions().timeZone : setting;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `YYYY-MM-DD` of a date's own calendar fields (a TZDate's are in its zone). Written out rather than with
 * date-fns' `format`, which would bring its English locale into every bundle.
 */
export function formatLocalDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  return formatLocalDate(new TZDate(ms, timeZone));
}

/** The instants at which a local calendar day starts and ends (the next day's midnight). */
export function dayBounds(date: string, timeZone: string): { start: number; end: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // The next day's own start, not start + 1 day: where a DST switch skips midnight the two differ.
  const start = new TZDate(year, month - 1, day, timeZone);
  const next = new TZDate(year, month - 1, day + 1, timeZone);
  return { start: start.getTime(), end: next.getTime() };
}

/** The `count` local dates ending `offset` days before the day of `now`, oldest first (calendar days, DST-safe). */
export function localDatesBack(now: number, timeZone: string, count: number, offset = 0): string[] {
  const today = new TZDate(now, timeZone);
  return Array.from({ length: count }, (_, index) =>
    formatLocalDate(
      new TZDate(
        today.getFullYear(),
        today.getMonth(),
        today.getDate() - offset - (count - 1 - index),
        timeZone,
      ),
    ),
  );
}
