import { getDb } from '@/storage/db';
import { applyRoster } from '@/storage/ledger/apply-roster';
import { checkFiles } from '@/storage/ledger/check-files';
import { LedgerState } from '@/storage/ledger/ledger-state';
import type { LedgerLimits } from '@/storage/ledger/limits';
import type { VerifySignature } from '@/storage/ledger/read-digest';
import { parseRoster } from '@/storage/ledger/roster/parse-roster';
import type {
  LedgerData,
  LedgerImportOptions,
  LedgerImportSummary,
  LedgerInputFile,
  RosterImportResult,
} from '@/storage/ledger/types';
import { LEDGER_FILE_STATUSES, type LedgerFileStatus } from '@/storage/schemas/ledger';
import { verifyDigestSignature } from '@/storage/signing/verify';

/** The ledger's four tables; nothing of the learner's own study is among them. */
const tables = () => {
  const db = getDb();
  return [db.ledgerPersons, db.ledgerWeeks, db.ledgerCases, db.ledgerFiles] as const;
};

/** Everything the ledger views and exports read, in one read transaction (use with Dexie `liveQuery`). */
export async function readLedger(): Promise<LedgerData> {
  const db = getDb();
  return db.transaction('r', tables(), async () => ({
    persons: await db.ledgerPersons.orderBy('id').toArray(),
    weeks: await db.ledgerWeeks.toArray(),
    cases: await db.ledgerCases.toArray(),
    files: await db.ledgerFiles.orderBy('seq').toArray(),
  }));
}

/** Rows are cloned into IndexedDB a few hundred at a time, so one huge put never blocks the page. */
async function inChunks<T>(
  table: { bulkPut(rows: T[]): Promise<unknown> },
  rows: T[],
  size = 100,
): Promise<void> {
  for (let at = 0; at < rows.length; at += size) await table.bulkPut(rows.slice(at, at + size));
}

/** Writes what an import or roster changed, all or nothing (one transaction). */
async function save(state: LedgerState, before: ReadonlySet<string>): Promise<void> {
  const db = getDb();
  await db.transaction('rw', tables(), async () => {
    await inChunks(
      db.ledgerPersons,
      [...state.changedPersons].flatMap((id) => state.persons.get(id) ?? []),
    );
    await inChunks(
      db.ledgerWeeks,
      [...state.changedWeeks].flatMap((id) => state.weeks.get(id) ?? []),
    );
    for (const weekId of state.replacedCases.keys()) {
      if (before.has(weekId)) await db.ledgerCases.where('id').startsWith(`${weekId}|`).delete();
    }
    await inChunks(db.ledgerCases, [...state.replacedCases.values()].flat());
    await inChunks(
      db.ledgerFiles,
      [...state.changedFiles].flatMap((id) => state.files.get(id) ?? []),
    );
  });
}

async function loadState(): Promise<{ state: LedgerState; before: Set<string> }> {
  const db = getDb();
  const data = await db.transaction('r', db.ledgerPersons, db.ledgerWeeks, db.ledgerFiles, async () => ({
    persons: await db.ledgerPersons.toArray(),
    weeks: await db.ledgerWeeks.toArray(),
    files: await db.ledgerFiles.toArray(),
  }));
  return { state: new LedgerState(data), before: new Set(data.weeks.map((week) => week.id)) };
}

const emptyCounts = () =>
  Object.fromEntries(LEDGER_FILE_STATUSES.map((status) => [status, 0])) as Record<LedgerFileStatus, number>;

/**
 * Imports digest files (.json) and archives of them (.zip) into the ledger (docs/ledger.md). Every file
 * gets a status; the changes are saved in one transaction at the end, so a cancelled or failed import
 * writes nothing.
 */
export async function importLedgerFiles(
  files: readonly LedgerInputFile[],
  options: LedgerImportOptions & { verify?: VerifySignature; limits?: LedgerLimits } = {},
): Promise<LedgerImportSummary> {
  const now = options.now ?? Date.now();
  options.onProgress?.({ phase: 'reading', done: 0, total: files.length });
  const { state, before } = await loadState();
  const checked = await checkFiles(files, state, {
    now,
    verify: options.verify ?? verifyDigestSignature,
    signal: options.signal,
    onProgress: options.onProgress,
    limits: options.limits,
  });
  const byStatus = emptyCounts();
  if (checked.cancelled || options.signal?.aborted) {
    return { cancelled: true, files: 0, byStatus, results: [] };
  }
  options.onProgress?.({ phase: 'saving', done: 0, total: checked.results.length });
  await save(state, before);
  const results = checked.results.map((row) => state.files.get(row.id) ?? row);
  for (const row of results) byStatus[row.status] += 1;
  options.onProgress?.({ phase: 'done', done: results.length, total: results.length });
  return { cancelled: false, files: results.length, byStatus, results };
}

/**
 * Imports a roster (.csv or .xlsx) as the ledger's people and matches earlier files of unknown people
 * again. A roster with duplicate staff numbers or unreadable rows is refused whole.
 */
export async function importRoster(file: LedgerInputFile): Promise<RosterImportResult> {
  const parsed = await parseRoster(file);
  if (!parsed.ok) return parsed;
  const { state, before } = await loadState();
  const counts = applyRoster(state, parsed.rows);
  await save(state, before);
  return { ok: true, ...counts };
}

/**
 * The organiser accepts a person's new key (a new installation): the newest key seen becomes the pinned
 * one and that person's files and weeks signed with it count as verified.
 */
export async function acceptNewKey(personId: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.ledgerPersons, db.ledgerWeeks, db.ledgerFiles, async () => {
    const person = await db.ledgerPersons.get(personId);
    const files = (await db.ledgerFiles.toArray()).filter((file) => file.personId === personId);
    const fingerprint = files
      .filter((file) => file.status === 'new-key')
      .sort((a, b) => b.seq - a.seq)[0]?.fingerprint;
    if (!person || !fingerprint) return;
    await db.ledgerPersons.put({ ...person, pinnedFingerprint: fingerprint, pinnedBy: 'organiser' });
    const signedWith = new Set(
      files.filter((file) => file.fingerprint === fingerprint).map((file) => file.id),
    );
    await db.ledgerFiles.bulkPut(
      files
        .filter((file) => signedWith.has(file.id) && file.status === 'new-key')
        .map((file) => ({ ...file, status: 'verified' as const })),
    );
    const weeks = await db.ledgerWeeks.where('personId').equals(personId).toArray();
    await db.ledgerWeeks.bulkPut(
      weeks
        .filter((week) => signedWith.has(week.fileId) && week.status === 'new-key')
        .map((week) => ({ ...week, status: 'verified' as const })),
    );
  });
}

/** Clears the ledger (its four tables) and nothing else: the organiser's own study is untouched. */
export async function eraseLedger(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', tables(), async () => {
    for (const table of tables()) await table.clear();
  });
}
