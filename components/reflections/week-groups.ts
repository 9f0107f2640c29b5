import { weekRange } from '@/storage/repositories/reflections';
import type { ReflectionRow } from '@/storage/schemas/rows';

export interface WeekGroup {
  /** Monday and Sunday of the ISO week, local `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** Newest first. */
  rows: ReflectionRow[];
}

/**
 * Reflections grouped by the ISO week of their `createdAt` in `timeZone`, newest week first. The week comes
 * from `weekRange`, the function the popup's and the digest's weekly counts use, so the counts agree.
 */
export function groupByWeek(rows: readonly ReflectionRow[], timeZone: string): WeekGroup[] {
  const groups = new Map<string, WeekGroup>();
  for (const row of rows) {
    const { start, end } = weekRange(row.createdAt, timeZone);
    const group = groups.get(start) ?? { start, end, rows: [] };
    group.rows.push(row);
    groups.set(start, group);
  }
  const newestFirst = (a: ReflectionRow, b: ReflectionRow) =>
    b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);
  return [...groups.values()]
    .map((group) => ({ ...group, rows: group.rows.sort(newestFirst) }))
    .sort((a, b) => (a.start < b.start ? 1 : -1));
}
