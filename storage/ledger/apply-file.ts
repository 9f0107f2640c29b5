import type { LedgerExtract, LedgerFile, LedgerFileStatus, LedgerPerson } from '@/storage/schemas/ledger';
import type { LedgerState } from './ledger-state';
import { personIdOf } from './person-key';

/** A file as read and checked, before the ledger's rules: who, which key, which week. */
export interface CheckedFile {
  id: string;
  name: string;
  size: number;
  importedAt: number;
  seq: number;
  extract: LedgerExtract;
  fingerprint?: string;
}

type Match = { person: LedgerPerson } | { reason: 'no-learner' | 'not-on-roster' };

/**
 * Who a file is from (docs/ledger.md "Matching"): by staff number, then by a name that only one person has
 * (unless the file's staff number says it is someone else); a file naming nobody, by a pinned key. Before any
 * roster is imported, a learner who says who they are becomes a person of the ledger.
 */
function matchPerson(state: LedgerState, extract: LedgerExtract, fingerprint: string | undefined): Match {
  const learner = extract.learner;
  const byStaffNo = learner?.staffNo ? state.byStaffNumber(learner.staffNo) : undefined;
  if (byStaffNo) return { person: byStaffNo };
  const byName = learner?.name ? state.byUniqueName(learner.name) : undefined;
  if (byName && !(learner?.staffNo && byName.staffNo)) return { person: byName };
  if (!learner?.staffNo && !learner?.name) {
    // A file that names nobody may still come from a known installation.
    const byKey = fingerprint ? state.byPinnedFingerprint(fingerprint) : undefined;
    return byKey ? { person: byKey } : { reason: 'no-learner' };
  }
  if (state.hasRoster) return { reason: 'not-on-roster' };
  const person: LedgerPerson = {
    id: personIdOf(learner.staffNo, learner.name ?? ''),
    ...(learner.staffNo ? { staffNo: learner.staffNo } : {}),
    name: learner.name ?? '',
    unit: learner.unit ?? '',
    onRoster: false,
    order: state.persons.size,
  };
  state.putPerson(person);
  return { person };
}

/** Pins the first key seen for a person, and says whether this file's key is the pinned one. */
function keyStatus(
  state: LedgerState,
  person: LedgerPerson,
  extract: LedgerExtract,
  fingerprint?: string,
): LedgerFileStatus {
  if (extract.signature === 'unsigned' || !fingerprint) return 'unsigned';
  if (!person.pinnedFingerprint) {
    state.putPerson({ ...person, pinnedFingerprint: fingerprint, pinnedBy: 'first-file' });
    return 'verified';
  }
  return person.pinnedFingerprint === fingerprint ? 'verified' : 'new-key';
}

/**
 * Applies one checked file to the ledger and returns its file row (docs/ledger.md "Rules"): an edited
 * file never becomes a week; the same person and week twice keeps the newer file and marks the other a
 * duplicate, naming each other.
 */
export function applyFile(state: LedgerState, file: CheckedFile): LedgerFile {
  const { extract, fingerprint } = file;
  const base = {
    id: file.id,
    name: file.name,
    size: file.size,
    importedAt: file.importedAt,
    seq: file.seq,
    weekStart: extract.week.weekStart,
    ...(fingerprint ? { fingerprint } : {}),
    extract,
  };
  const match = matchPerson(state, extract, fingerprint);
  if ('reason' in match) return { ...base, status: 'unknown-person', reason: match.reason };
  const person = match.person;
  if (extract.signature === 'edited') return { ...base, status: 'edited', personId: person.id };
  const status = keyStatus(state, person, extract, fingerprint);
  const weekId = `${person.id}|${extract.week.weekStart}`;
  const kept = state.weeks.get(weekId);
  const row: LedgerFile = { ...base, status, personId: person.id };
  if (kept) {
    if (kept.generatedAt === extract.week.generatedAt && kept.minutes === extract.week.minutes) {
      return { ...row, status: 'duplicate', reason: 'same-file', otherFileId: kept.fileId };
    }
    if (kept.generatedAt >= extract.week.generatedAt) {
      return { ...row, status: 'duplicate', reason: 'older-than-kept', otherFileId: kept.fileId };
    }
    const older = state.files.get(kept.fileId);
    if (older) {
      state.putFile({ ...older, status: 'duplicate', reason: 'replaced-by-newer', otherFileId: file.id });
    }
  }
  state.putWeek(
    { id: weekId, personId: person.id, ...extract.week, source: 'digest', fileId: file.id, status },
    extract.cases.map((item, index) => ({
      ...item,
      id: `${weekId}|${index}`,
      weekId,
      personId: person.id,
      weekStart: extract.week.weekStart,
    })),
  );
  return kept ? { ...row, otherFileId: kept.fileId } : row;
}
