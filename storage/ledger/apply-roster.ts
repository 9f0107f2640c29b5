import type { LedgerFile, LedgerPerson } from '@/storage/schemas/ledger';
import { applyFile } from './apply-file';
import type { LedgerState } from './ledger-state';
import { personIdOf } from './person-key';
import type { RosterRow } from './roster/roster-rows';

/**
 * Makes the roster the ledger's people: rows become (or update) persons in roster order, a fingerprint on
 * the roster pins that person's key, and people no longer on it stay with their weeks but off the roster.
 * Then files of unknown people are matched again. Returns counts for the organiser.
 */
export function applyRoster(state: LedgerState, rows: readonly RosterRow[]) {
  let added = 0;
  let updated = 0;
  const onRoster = new Set<string>();
  rows.forEach((row, order) => {
    const id = personIdOf(row.staffNo, row.name);
    onRoster.add(id);
    const old = state.persons.get(id);
    const person: LedgerPerson = {
      ...old,
      id,
      ...(row.staffNo ? { staffNo: row.staffNo } : {}),
      name: row.name,
      unit: row.unit || old?.unit || '',
      onRoster: true,
      order,
      ...(row.fingerprint ? { pinnedFingerprint: row.fingerprint, pinnedBy: 'roster' as const } : {}),
    };
    if (old) updated += 1;
    else added += 1;
    state.putPerson(person);
  });
  for (const person of [...state.persons.values()]) {
    if (person.onRoster && !onRoster.has(person.id)) state.putPerson({ ...person, onRoster: false });
  }
  const unknown = [...state.files.values()]
    .filter(
      (file): file is LedgerFile & Required<Pick<LedgerFile, 'extract'>> =>
        file.status === 'unknown-person' && !!file.extract,
    )
    .sort((a, b) => a.seq - b.seq);
  let rematched = 0;
  for (const file of unknown) {
    const row = applyFile(state, { ...file, extract: file.extract, fingerprint: file.fingerprint });
    if (row.status !== 'unknown-person') rematched += 1;
    const { reason: _reason, ...rest } = row;
    state.putFile(row.reason ? row : rest);
  }
  return { people: rows.length, added, updated, rematched };
}
