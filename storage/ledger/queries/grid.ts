import type { LedgerFileStatus, LedgerPerson, LedgerWeek } from '@/storage/schemas/ledger';
import type { LedgerData } from '../types';
import { byRosterOrder, classHours, weekIndex } from './shared';

/** One person's one week in the people × weeks table. */
export interface GridCell {
  weekStart: string;
  /** `handed-in`: a counted week; `edited`: only an edited file came in; `missing`: nothing came in. */
  state: 'handed-in' | 'missing' | 'edited';
  minutes?: number;
  classHours?: number;
  goalMinutes?: number;
  /** The learner's own weekly goal reached (undefined with no goal). */
  goalMet?: boolean;
  /** Any training plan reported `behind`, `overdue` or `ended` (its deadline passed before it was done) that week. */
  planBehind?: boolean;
  status?: LedgerFileStatus;
  fileId?: string;
}

export interface PeopleGrid {
  weekStarts: string[];
  rows: { person: LedgerPerson; cells: GridCell[]; totalMinutes: number; totalClassHours: number }[];
}

/** Every week any file or week row names, ascending. */
export function ledgerWeekStarts(data: Pick<LedgerData, 'weeks' | 'files'>): string[] {
  const starts = new Set<string>(data.weeks.map((week) => week.weekStart));
  for (const file of data.files) if (file.weekStart && file.personId) starts.add(file.weekStart);
  return [...starts].sort();
}

function cellOf(week: LedgerWeek | undefined, edited: boolean, weekStart: string, perHour: number): GridCell {
  if (!week) return { weekStart, state: edited ? 'edited' : 'missing' };
  return {
    weekStart,
    state: 'handed-in',
    minutes: week.minutes,
    classHours: classHours(week.minutes, perHour),
    goalMinutes: week.goalMinutes,
    ...(week.goalMinutes > 0 ? { goalMet: week.minutes >= week.goalMinutes } : {}),
    planBehind: week.plans.some(
      (plan) => plan.status === 'behind' || plan.status === 'overdue' || plan.status === 'ended',
    ),
    status: week.status,
    fileId: week.fileId,
  };
}

/**
 * The people × weeks table: roster people first (roster order), then people known only from files; a
 * cell per week with minutes, 学时 and how it compares with the learner's goal and plans.
 */
export function peopleByWeeks(
  data: LedgerData,
  options: { weekStarts?: string[]; classHourMinutes: number },
): PeopleGrid {
  const weekStarts = options.weekStarts ?? ledgerWeekStarts(data);
  const weeks = weekIndex(data.weeks);
  const edited = new Set(
    data.files.filter((file) => file.status === 'edited').map((file) => `${file.personId}|${file.weekStart}`),
  );
  const rows = [...data.persons].sort(byRosterOrder).map((person) => {
    const cells = weekStarts.map((weekStart) =>
      cellOf(
        weeks.get(`${person.id}|${weekStart}`),
        edited.has(`${person.id}|${weekStart}`),
        weekStart,
        options.classHourMinutes,
      ),
    );
    const totalMinutes = round1(cells.reduce((sum, cell) => sum + (cell.minutes ?? 0), 0));
    return {
      person,
      cells,
      totalMinutes,
      totalClassHours: classHours(totalMinutes, options.classHourMinutes),
    };
  });
  return { weekStarts, rows };
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
