import type { SessionRow } from '@/storage/schemas/rows';
import { localDate } from '@/storage/tracking/local-day';

export interface SessionDay {
  /** Local `YYYY-MM-DD` the sessions start on. */
  date: string;
  /** Newest first. */
  rows: SessionRow[];
}

/** Sessions by the local day they start on, newest day and newest session first. */
export function groupByDay(rows: readonly SessionRow[], timeZone: string): SessionDay[] {
  const days = new Map<string, SessionRow[]>();
  for (const row of [...rows].sort((a, b) => b.start - a.start || (a.id < b.id ? -1 : 1))) {
    const date = localDate(row.start, timeZone);
    const list = days.get(date);
    if (list) list.push(row);
    else days.set(date, [row]);
  }
  return [...days.entries()].map(([date, list]) => ({ date, rows: list }));
}
