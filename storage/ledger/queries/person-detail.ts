import type { LedgerFile, LedgerPerson, LedgerPlan, LedgerWeek } from '@/storage/schemas/ledger';
import type { LedgerData } from '../types';
import { round1 } from './grid';
import { classHours } from './shared';

export interface PersonDetail {
  person: LedgerPerson;
  /** Counted weeks, oldest first. */
  weeks: LedgerWeek[];
  /** Every file matched to this person, in import order (edited and duplicate ones too). */
  files: LedgerFile[];
  totals: { minutes: number; classHours: number; reflections: number; cases: number };
  /** The plans of the person's latest week. */
  plans: LedgerPlan[];
}

/** One person's weeks, files, totals and plan progress. */
export function personDetail(
  data: LedgerData,
  personId: string,
  options: { classHourMinutes: number },
): PersonDetail | undefined {
  const person = data.persons.find((candidate) => candidate.id === personId);
  if (!person) return undefined;
  const weeks = data.weeks
    .filter((week) => week.personId === personId)
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  const minutes = round1(weeks.reduce((sum, week) => sum + week.minutes, 0));
  return {
    person,
    weeks,
    files: data.files.filter((file) => file.personId === personId).sort((a, b) => a.seq - b.seq),
    totals: {
      minutes,
      classHours: classHours(minutes, options.classHourMinutes),
      reflections: weeks.reduce((sum, week) => sum + week.reflectionCount, 0),
      cases: weeks.reduce((sum, week) => sum + week.caseCount, 0),
    },
    plans: weeks.at(-1)?.plans ?? [],
  };
}
