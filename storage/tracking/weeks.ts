import { TZDate } from '@date-fns/tz';
import { addDays, addWeeks, getISODay, startOfISOWeek } from 'date-fns';
import { formatLocalDate } from './local-day';

/** The ISO week (Monday to Sunday, local `YYYY-MM-DD`, inclusive) that contains an instant. */
export function isoWeekOf(ms: number, timeZone: string): { start: string; end: string } {
  const monday = startOfISOWeek(new TZDate(ms, timeZone));
  return { start: formatLocalDate(monday), end: formatLocalDate(addDays(monday, 6)) };
}

/** The last full ISO week before the one containing `now`: what a weekly digest is about by default. */
export function lastFullWeek(now: number, timeZone: string): { start: string; end: string } {
  const previous = addWeeks(startOfISOWeek(new TZDate(now, timeZone)), -1);
  return isoWeekOf(previous.getTime(), timeZone);
}

/**
 * The next moment strictly after `now` that falls on `weekday` (1 = Monday … 7 = Sunday) at `hour`:00 local
 * time, DST-safe.
 */
export function nextWeekdayAt(now: number, weekday: number, hour: number, timeZone: string): number {
  const local = new TZDate(now, timeZone);
  const daysAhead = (weekday - getISODay(local) + 7) % 7;
  for (const extra of [0, 7]) {
    const day = addDays(local, daysAhead + extra);
    const at = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, 0, 0, timeZone).getTime();
    if (at > now) return at;
  }
  throw new Error(`No ${weekday} at ${hour}:00 after ${now} in ${timeZone}`);
}

/** Calendar arithmetic on local dates (`YYYY-MM-DD`), independent of any time zone. */
function utcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday-to-Sunday week that contains a local date. */
export function weekContaining(date: string): { start: string; end: string } {
  const day = utcDate(date);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  return { start: isoDate(monday), end: isoDate(new Date(monday.getTime() + 6 * 86_400_000)) };
}

/** The week `weeks` weeks after (or before, when negative) the week that starts on `start`. */
export function shiftWeek(start: string, weeks: number): { start: string; end: string } {
  return weekContaining(isoDate(new Date(utcDate(start).getTime() + weeks * 7 * 86_400_000)));
}
