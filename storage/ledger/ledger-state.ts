import type { LedgerCase, LedgerFile, LedgerPerson, LedgerWeek } from '@/storage/schemas/ledger';
import { normalizeName, normalizeStaffNo } from './person-key';
import type { LedgerData } from './types';

/**
 * The ledger in memory during an import: lookups for matching, and what changed, so the save writes only
 * that (in one transaction).
 */
export class LedgerState {
  readonly persons = new Map<string, LedgerPerson>();
  readonly weeks = new Map<string, LedgerWeek>();
  readonly files = new Map<string, LedgerFile>();
  readonly changedPersons = new Set<string>();
  readonly changedWeeks = new Set<string>();
  /** Weeks whose cases are replaced by the week's current file (old cases deleted first). */
  readonly replacedCases = new Map<string, LedgerCase[]>();
  readonly changedFiles = new Set<string>();
  private readonly byStaffNo = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();
  private nextSeq = 0;

  constructor(data: Pick<LedgerData, 'persons' | 'weeks' | 'files'>) {
    for (const person of data.persons) this.indexPerson(person);
    for (const week of data.weeks) this.weeks.set(week.id, week);
    for (const file of data.files) {
      this.files.set(file.id, file);
      this.nextSeq = Math.max(this.nextSeq, file.seq + 1);
    }
  }

  /** True once any person came from a roster: from then on a digest of someone else is "unknown person". */
  get hasRoster(): boolean {
    for (const person of this.persons.values()) if (person.onRoster) return true;
    return false;
  }

  takeSeq(): number {
    return this.nextSeq++;
  }

  indexPerson(person: LedgerPerson): void {
    const old = this.persons.get(person.id);
    if (old) {
      const key = normalizeName(old.name);
      this.byName.set(
        key,
        (this.byName.get(key) ?? []).filter((id) => id !== old.id),
      );
    }
    this.persons.set(person.id, person);
    if (person.staffNo) this.byStaffNo.set(normalizeStaffNo(person.staffNo), person.id);
    const key = normalizeName(person.name);
    if (key) this.byName.set(key, [...(this.byName.get(key) ?? []), person.id]);
  }

  putPerson(person: LedgerPerson): void {
    this.indexPerson(person);
    this.changedPersons.add(person.id);
  }

  putWeek(week: LedgerWeek, cases: LedgerCase[]): void {
    this.weeks.set(week.id, week);
    this.changedWeeks.add(week.id);
    this.replacedCases.set(week.id, cases);
  }

  putFile(file: LedgerFile): void {
    this.files.set(file.id, file);
    this.changedFiles.add(file.id);
  }

  byStaffNumber(staffNo: string): LedgerPerson | undefined {
    const id = this.byStaffNo.get(normalizeStaffNo(staffNo));
    return id ? this.persons.get(id) : undefined;
  }

  /** The one person with this name, or undefined when none or several have it. */
  byUniqueName(name: string): LedgerPerson | undefined {
    const ids = this.byName.get(normalizeName(name)) ?? [];
    return ids.length === 1 && ids[0] ? this.persons.get(ids[0]) : undefined;
  }

  byPinnedFingerprint(fingerprint: string): LedgerPerson | undefined {
    for (const person of this.persons.values()) if (person.pinnedFingerprint === fingerprint) return person;
    return undefined;
  }
}
