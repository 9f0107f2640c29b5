import type { LedgerPerson } from '@/storage/schemas/ledger';
import type { LedgerData } from '../types';

export interface CaseListItem {
  person: LedgerPerson;
  weekStart: string;
  createdAt: number;
  courseTitle: string;
  lessonTitle: string;
  topics: string[];
  learned: string;
}

/** Every case offered, newest first, with who offered it. */
export function caseList(data: LedgerData): CaseListItem[] {
  const persons = new Map(data.persons.map((person) => [person.id, person]));
  return data.cases
    .flatMap((item) => {
      const person = persons.get(item.personId);
      return person
        ? [
            {
              person,
              weekStart: item.weekStart,
              createdAt: item.createdAt,
              courseTitle: item.courseTitle,
              lessonTitle: item.lessonTitle,
              topics: item.topics,
              learned: item.learned,
            },
          ]
        : [];
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}
