import { tzOffset } from '@date-fns/tz';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * A formatter of instants as local wall-clock time (`YYYY-MM-DD HH:mm`) in one time zone, for exports
 * with thousands of timestamps. The offset is looked up once per UTC day and again only on a day whose
 * offset changes (a DST switch), where each instant gets its own lookup.
 */
export function localClock(timeZone: string): (ms: number) => string {
  const offsets = new Map<number, number | undefined>();
  const offsetAt = (ms: number) => tzOffset(timeZone, new Date(ms));
  return (ms) => {
    const day = Math.floor(ms / DAY_MS);
    if (!offsets.has(day)) {
      const atStart = offsetAt(day * DAY_MS);
      offsets.set(day, atStart === offsetAt((day + 1) * DAY_MS - 1) ? atStart : undefined);
    }
    const offset = offsets.get(day) ?? offsetAt(ms);
    return new Date(ms + offset * MINUTE_MS).toISOString().slice(0, 16).replace('T', ' ');
  };
}
