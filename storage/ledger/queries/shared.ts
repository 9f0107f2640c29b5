import type { LedgerPerson, LedgerWeek } from '@/storage/schemas/ledger';

/** Minutes as 学时 (class hours of `perHour` minutes), one decimal. */
export function classHours(minutes: number, perHour: number): number {
  return Math.round((minutes / perHour) * 10) / 10;
}

/** Roster people first in roster order, then the others by name. */
export function byRosterOrder(a: LedgerPerson, b: LedgerPerson): number {
  if (a.onRoster !== b.onRoster) return a.onRoster ? -1 : 1;
  return a.onRoster ? a.order - b.order : a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
}

/** Weeks by `<personId>|<weekStart>`. */
export function weekIndex(weeks: readonly LedgerWeek[]): Map<string, LedgerWeek> {
  return new Map(weeks.map((week) => [`${week.personId}|${week.weekStart}`, week]));
}
