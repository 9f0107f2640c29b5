import type { SessionKind, SessionRow } from '../schemas/rows';
import { dayGrid } from './day-grid';
import { toMinutes } from './minutes';
import { forEachAttributedPiece } from './pieces';

export const SESSION_KINDS: readonly SessionKind[] = ['input', 'media', 'background-audio', 'manual'];

/** One local day's minutes split by the kind of session they are attributed to. */
export interface DayKindMinutes {
  /** Local `YYYY-MM-DD`. */
  date: string;
  /** Minutes (one decimal) per kind; they add up to the digest's `perDay` minutes of the same day. */
  minutes: Record<SessionKind, number>;
}

const byStartThenId = (a: SessionRow, b: SessionRow) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const zeroKinds = (): Record<SessionKind, number> => ({
  input: 0,
  media: 0,
  'background-audio': 0,
  manual: 0,
});

/**
 * Tenths of a minute per kind that add up to the rounded day total: each kind gets its floor, then the
 * tenths left over go to the largest remainders (the digest rounds the day, not its parts).
 */
function roundToTotal(ms: Record<SessionKind, number>): Record<SessionKind, number> {
  const total = SESSION_KINDS.reduce((sum, kind) => sum + ms[kind], 0);
  const target = Math.round(toMinutes(total) * 10);
  const exact = SESSION_KINDS.map((kind) => ({ kind, tenths: ms[kind] / 6000 }));
  const floors = exact.map((part) => Math.floor(part.tenths));
  let left = target - floors.reduce((sum, n) => sum + n, 0);
  const order = exact
    .map((part, i) => ({ i, remainder: part.tenths - (floors[i] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  const minutes = zeroKinds();
  SESSION_KINDS.forEach((kind, i) => {
    minutes[kind] = (floors[i] ?? 0) / 10;
  });
  return minutes;
}

/**
 * Minutes of each local day of a period split by session kind, from the same pieces as the digest: the
 * sessions cut at the period's bounds, their union attributed by priority (storage/digest/pieces.ts), then
 * cut at local midnights. Each day's kinds add up to that day's `perDay` minutes in `buildDigest`.
 */
export function minutesPerDayByKind(
  sessions: readonly SessionRow[],
  period: { start: string; end: string; timeZone: string },
): DayKindMinutes[] {
  const grid = dayGrid(period.start, period.end, period.timeZone);
  const { starts, dates } = grid;
  const periodStart = starts[0] ?? 0;
  const periodEnd = starts[dates.length] ?? 0;
  const inPeriod: SessionRow[] = [];
  for (const s of [...sessions].filter((row) => row.end > row.start).sort(byStartThenId)) {
    if (s.end <= periodStart || s.start >= periodEnd) continue;
    inPeriod.push({ ...s, start: Math.max(s.start, periodStart), end: Math.min(s.end, periodEnd) });
  }
  const ms = dates.map(zeroKinds);
  let day = 0;
  forEachAttributedPiece(inPeriod, (index, from, to) => {
    const kind = inPeriod[index]?.kind ?? 'input';
    // Pieces come in time order, so the day cursor only moves forward.
    while (day > 0 && (starts[day] ?? 0) > from) day--;
    let start = from;
    while (start < to) {
      while ((starts[day + 1] ?? Number.POSITIVE_INFINITY) <= start) day++;
      const end = Math.min(to, starts[day + 1] ?? Number.POSITIVE_INFINITY);
      const bucket = ms[day];
      if (bucket) bucket[kind] += end - start;
      start = end;
    }
  });
  return dates.map((date, i) => ({ date, minutes: roundToTotal(ms[i] ?? zeroKinds()) }));
}
