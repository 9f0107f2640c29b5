import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The IANA time zone to count days in: the setting, or the browser's own for 'auto'. */
export function resolveTimeZone(setting: string): string {
  return setting === 'auto' ? Intl.DateTimeFormat().resolvedOptions().timeZone : setting;
}

/** The local calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), 'yyyy-MM-dd');
}

/** The instants at which a local calendar day starts and ends (the next day's midnight). */
export function dayBounds(date: string, timeZone: string): { start: number; end: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // The next day's own start, not start + 1 day: where a DST switch skips midnight the two differ.
  const start = new TZDate(year, month - 1, day, timeZone);
  const next = new TZDate(year, month - 1, day + 1, timeZone);
  return { start: start.getTime(), end: next.getTime() };
}
