import { TZDate } from '@date-fns/tz';

/** The pause lengths the popup offers. */
export type PauseChoice = '15min' | '1hour' | 'tomorrow';

/** The next local midnight in the time zone, from the calendar (a DST day is 23 or 25 hours long). */
export function nextLocalMidnight(now: number, timeZone: string): number {
  const today = new TZDate(now, timeZone);
  return new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + 1, timeZone).getTime();
}

/** When a pause chosen at `now` ends (ms since epoch). */
export function pauseEnd(choice: PauseChoice, now: number, timeZone: string): number {
  if (choice === '15min') return now + 15 * 60_000;
  if (choice === '1hour') return now + 60 * 60_000;
  return nextLocalMidnight(now, timeZone);
}
