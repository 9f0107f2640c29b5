/*
 * Arithmetic on local calendar days (`YYYY-MM-DD`) as plain dates: no time zone is involved in counting
 * days, so the proleptic Gregorian calendar of `Date.UTC` is exact and DST cannot shift a day.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcDays(date: string): number {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new Error(`Not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`No such calendar day: ${date}`);
  return ms / 86_400_000;
}

function fromUtcDays(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar day `count` days after `date` (before, when negative). */
export function addCalendarDays(date: string, count: number): string {
  return fromUtcDays(toUtcDays(date) + count);
}

/** Days from `from` to `to` (0 for the same day; negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return toUtcDays(to) - toUtcDays(from);
}

/** Every day from `start` to `end`, both inclusive. */
export function datesFrom(start: string, end: string): string[] {
  const first = toUtcDays(start);
  const last = toUtcDays(end);
  const dates: string[] = [];
  for (let day = first; day <= last; day++) dates.push(fromUtcDays(day));
  return dates;
}

/** Throws unless `date` is a real calendar day written `YYYY-MM-DD`. */
export function assertLocalDate(date: string): void {
  toUtcDays(date);
}
