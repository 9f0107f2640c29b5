import type { LedgerFileStatus, LedgerPerson } from '@/storage/schemas/ledger';
import { LEDGER_FILE_STATUSES } from '@/storage/schemas/ledger';
import type { LedgerData } from '../types';
import { round1 } from './grid';
import { byRosterOrder } from './shared';

/** The people the week concerns: the roster, or every known person while there is no roster. */
function peopleOf(data: LedgerData): LedgerPerson[] {
  const roster = data.persons.filter((person) => person.onRoster);
  return (roster.length > 0 ? roster : data.persons).slice().sort(byRosterOrder);
}

/**
 * Who has not handed in `weekStart`: `missing` sent nothing counted, `edited` sent only a file whose
 * signature fails.
 */
export function notHandedIn(
  data: LedgerData,
  weekStart: string,
): { missing: LedgerPerson[]; edited: LedgerPerson[] } {
  const handedIn = new Set(
    data.weeks.filter((week) => week.weekStart === weekStart).map((week) => week.personId),
  );
  const edited = new Set(
    data.files
      .filter((file) => file.status === 'edited' && file.weekStart === weekStart)
      .map((file) => file.personId),
  );
  const notIn = peopleOf(data).filter((person) => !handedIn.has(person.id));
  return {
    missing: notIn.filter((person) => !edited.has(person.id)),
    edited: notIn.filter((person) => edited.has(person.id)),
  };
}

export interface GroupTotals {
  people: number;
  handedIn: number;
  missing: number;
  totalMinutes: number;
  meanMinutes: number;
  medianMinutes: number;
  /** People whose week reached their own weekly goal. */
  metGoal: number;
}

/** The group's week: how many handed in, total, mean and median minutes of those who did. */
export function groupTotals(data: LedgerData, weekStart: string): GroupTotals {
  const people = peopleOf(data);
  const ids = new Set(people.map((person) => person.id));
  const weeks = data.weeks.filter((week) => week.weekStart === weekStart && ids.has(week.personId));
  const minutes = weeks.map((week) => week.minutes).sort((a, b) => a - b);
  const total = round1(minutes.reduce((sum, value) => sum + value, 0));
  const middle = Math.floor(minutes.length / 2);
  const median =
    minutes.length === 0
      ? 0
      : minutes.length % 2
        ? (minutes[middle] ?? 0)
        : ((minutes[middle - 1] ?? 0) + (minutes[middle] ?? 0)) / 2;
  return {
    people: people.length,
    handedIn: weeks.length,
    missing: people.length - weeks.length,
    totalMinutes: total,
    meanMinutes: weeks.length ? round1(total / weeks.length) : 0,
    medianMinutes: round1(median),
    metGoal: weeks.filter((week) => week.goalMinutes > 0 && week.minutes >= week.goalMinutes).length,
  };
}

/** How the week's minutes spread among the same people as the totals: buckets of `bucketMinutes` from 0 up to the largest (for a bar chart). */
export function weeklyDistribution(
  data: LedgerData,
  weekStart: string,
  options: { bucketMinutes?: number } = {},
): { from: number; to: number; count: number }[] {
  const size = options.bucketMinutes ?? 30;
  const ids = new Set(peopleOf(data).map((person) => person.id));
  const minutes = data.weeks
    .filter((week) => week.weekStart === weekStart && ids.has(week.personId))
    .map((week) => week.minutes);
  if (minutes.length === 0) return [];
  const buckets = Math.floor(Math.max(...minutes) / size) + 1;
  const counts = new Array<number>(buckets).fill(0);
  for (const value of minutes) counts[Math.floor(value / size)] = (counts[Math.floor(value / size)] ?? 0) + 1;
  return counts.map((count, index) => ({ from: index * size, to: (index + 1) * size, count }));
}

/** Files per status, every status present. */
export function fileCounts(data: Pick<LedgerData, 'files'>): Record<LedgerFileStatus, number> {
  const counts = Object.fromEntries(LEDGER_FILE_STATUSES.map((status) => [status, 0])) as Record<
    LedgerFileStatus,
    number
  >;
  for (const file of data.files) counts[file.status] += 1;
  return counts;
}
