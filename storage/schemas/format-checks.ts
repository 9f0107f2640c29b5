/*
 * Plain predicates for the zod/mini schemas the portal widget bundles (snapshot, bridge). One refine
 * check with these costs far fewer bytes than zod's iso, int and comparison checks together; a unit
 * test holds each equal to the zod check it replaces.
 */

const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;
/** Time with seconds, optional fraction, then `Z` or a `±hh:mm` offset (RFC 3339 with an offset). */
const DATE_TIME = /^(.{10})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar day `YYYY-MM-DD` that exists (Gregorian leap years), as `z.iso.date()` accepts. */
export function isLocalDate(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** An ISO 8601 date-time with seconds and `Z` or an offset, as `z.iso.datetime({ offset: true })` accepts. */
export function isOffsetDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  return match !== null && isLocalDate(match[1] ?? '');
}

/** A whole number from 0 up to `Number.MAX_SAFE_INTEGER`, as `z.int()` with `z.nonnegative()`. */
export const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;
