import { TZDate } from '@date-fns/tz';
import { addDays, addWeeks, format, getISODay, startOfISOWeek } from 'date-fns';

/** The ISO week (Monday to Sunday, local `YYYY-MM-DD`, inclusive) that contains an instant. */
export function isoWeekOf(ms: number, timeZone: string): { start: string; end: string } {
  const monday = startOfISOWeek(new TZDate(ms, timeZone));
  return { start: format(monday, 'yyyy-MM-dd'), end: format(addDays(monday, 6), 'yyyy-MM-dd') };
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
