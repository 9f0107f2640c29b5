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

/**
 * The groups limited to the rows `keep` accepts and to the first `limit` of them (newest first); empty
 * weeks are left out. Grouping stays done once per change of the rows, not once per keystroke.
 */
export function narrowWeeks(
  groups: readonly WeekGroup[],
  keep: (row: ReflectionRow) => boolean,
  limit: number,
): WeekGroup[] {
  const out: WeekGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    const rows = group.rows.filter(keep).slice(0, left);
    left -= rows.length;
    if (rows.length > 0) out.push({ ...group, rows });
  }
  return out;
}
