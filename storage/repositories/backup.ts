import type { BackupResult, BackupStorageErrorCode } from '../backup/backup-error';
import { planSetProblem } from '../backup/plan-checks';
import {
  planRestore,
  type RestoreChanges,
  type RestoreMode,
  type RestorePlan,
  restoreChanges,
} from '../backup/plan-restore';
import type { SettingsStore } from '../backup/settings-store';
import { storageError } from '../backup/storage-error';
import { type AppDB, getDb } from '../db';
import { withCurrentKeys } from '../platforms/rekey-rows';
import type { BackupData } from '../schemas/backup';
import type { CourseNameRow } from '../schemas/course-name';
import type { PlanRow } from '../schemas/plan';
import type { ReflectionRow, SessionRow } from '../schemas/rows';

export interface StoredRows {
  sessions: SessionRow[];
  reflections: ReflectionRow[];
}

export type RestoreResult = BackupResult<{ plan: RestorePlan }, BackupStorageErrorCode | 'invalid-plan'>;
export type EraseResult = BackupResult<object, BackupStorageErrorCode>;

async function readTables(db: AppDB): Promise<StoredRows> {
  return { sessions: await db.sessions.toArray(), reflections: await db.reflections.toArray() };
}

/** Both tables in primary-key order, read in one transaction so they agree with each other. */
export async function readRows(): Promise<StoredRows> {
  const db = getDb();
  return db.transaction('r', db.sessions, db.reflections, () => readTables(db));
}

/**
 * Everything a backup holds: the tables, the courses' display names, the training plans and the settings.
 * Never this installation's signing keys (they stay on this machine) nor an organiser's ledger.
 */
export async function readEverything(settings: SettingsStore): Promise<BackupData> {
  const db = getDb();
  const { rows, courseNames, plans } = await db.transaction(
    'r',
    db.sessions,
    db.reflections,
    db.courseNames,
    db.plans,
    async () => ({
      rows: await readTables(db),
      courseNames: await db.courseNames.toArray(),
      plans: await db.plans.toArray(),
    }),
  );
  // No renames or plans, no field (createBackup still writes `plans: []`, the format's own field).
  return {
    ...rows,
    ...(courseNames.length ? { courseNames } : {}),
    ...(plans.length ? { plans } : {}),
    settings: await settings.load(),
  };
}

/**
 * The display-name writes of a restore: replace takes the file's names (and drops the others); merge adds
 * the file's and keeps a name here that was changed later than the file's.
 */
function courseNameWrites(
  current: readonly CourseNameRow[],
  incoming: readonly CourseNameRow[],
  mode: RestoreMode,
): { put: CourseNameRow[]; remove: string[] } {
  const here = new Map(current.map((row) => [row.courseKey, row]));
  const put = incoming.filter((row) => {
    const mine = here.get(row.courseKey);
    return mode === 'replace' || !mine || row.updatedAt > mine.updatedAt;
  });
  const kept = new Set(incoming.map((row) => row.courseKey));
  const remove =
    mode === 'replace' ? current.map((row) => row.courseKey).filter((key) => !kept.has(key)) : [];
  return { put, remove };
}

/** What `applyRestore` would do now, to show before the user confirms. */
export async function previewRestore(incoming: BackupData, mode: RestoreMode): Promise<RestorePlan> {
  const plans = await getDb().plans.toArray();
  return planRestore({ ...(await readRows()), plans }, withCurrentKeys(incoming), mode);
}

/** The plans there will be after a restore's plan writes. */
function plansAfter(
  current: readonly PlanRow[],
  writes: { put: readonly PlanRow[]; remove: readonly string[] },
) {
  const byId = new Map(current.map((plan) => [plan.id, plan]));
  for (const id of writes.remove) byId.delete(id);
  for (const plan of writes.put) byId.set(plan.id, plan);
  return [...byId.values()];
}

/** Thrown inside the restore's transaction to roll it back when the plans would conflict. */
class PlanConflict extends Error {
  constructor(readonly detail: string) {
    super(`Restore refused: plans would count the same minutes (${detail})`);
  }
}

/** Rows to delete and rows to write, per table. */
interface RowWrites {
  sessions: { put: SessionRow[]; remove: string[] };
  reflections: { put: ReflectionRow[]; remove: string[] };
  plans: { put: PlanRow[]; remove: string[] };
}

async function writeRows(db: AppDB, writes: RowWrites): Promise<void> {
  await db.sessions.bulkDelete(writes.sessions.remove);
  await db.sessions.bulkPut(writes.sessions.put);
  await db.reflections.bulkDelete(writes.reflections.remove);
  await db.reflections.bulkPut(writes.reflections.put);
  await db.plans.bulkDelete(writes.plans.remove);
  await db.plans.bulkPut(writes.plans.put);
}

/** The writes that undo `done` on one table: touched rows get their old version back, new ones go. */
function undoTable<Row extends { id: string }>(
  old: readonly Row[],
  done: { put: readonly Row[]; remove: readonly string[] },
): { put: Row[]; remove: string[] } {
  const touched = new Set([...done.put.map((row) => row.id), ...done.remove]);
  const put = old.filter((row) => touched.has(row.id));
  const existed = new Set(put.map((row) => row.id));
  return { put, remove: [...touched].filter((id) => !existed.has(id)) };
}

/** Puts back the rows a committed restore touched, leaving rows written since then alone. */
async function undoRestore(
  db: AppDB,
  before: StoredRows & { plans: PlanRow[] },
  done: RowWrites,
): Promise<void> {
  await db.transaction('rw', db.sessions, db.reflections, db.plans, () =>
    writeRows(db, {
      sessions: undoTable(before.sessions, done.sessions),
      reflections: undoTable(before.reflections, done.reflections),
      plans: undoTable(before.plans, done.plans),
    }),
  );
}

/**
 * Restores a parsed backup, all or nothing: both tables change in one read-write transaction (any error
 * rolls it back), then, for 'replace', the settings are stored; if that fails the rows are put back.
 * A full disk or any other failed write is returned as an error and leaves the data as it was.
 */
export async function applyRestore(
  incoming: BackupData,
  mode: RestoreMode,
  settings: SettingsStore,
): Promise<RestoreResult> {
  const db = getDb();
  let done: { before: StoredRows & { plans: PlanRow[] }; changes: RestoreChanges };
  try {
    done = await db.transaction('rw', [db.sessions, db.reflections, db.courseNames, db.plans], async () => {
      const before = { ...(await readTables(db)), plans: await db.plans.toArray() };
      const changes = restoreChanges(before, withCurrentKeys(incoming), mode);
      // A merge can put a plan of the file beside one here that counts the same minutes: refused whole.
      const conflict = planSetProblem(plansAfter(before.plans, changes.plans));
      if (conflict !== undefined) throw new PlanConflict(conflict);
      await writeRows(db, changes);
      const names = courseNameWrites(await db.courseNames.toArray(), incoming.courseNames ?? [], mode);
      await db.courseNames.bulkDelete(names.remove);
      await db.courseNames.bulkPut(names.put);
      return { before, changes };
    });
  } catch (error) {
    if (error instanceof PlanConflict)
      return { ok: false, error: { code: 'invalid-plan', detail: error.detail } };
    return { ok: false, error: storageError(error) };
  }
  if (mode === 'replace') {
    try {
      await settings.replace(incoming.settings);
    } catch (error) {
      try {
        await undoRestore(db, done.before, done.changes);
      } catch (undoError) {
        throw new Error(
          `Restore: storing the settings failed (${String(error)}) and putting the rows back failed too`,
          {
            cause: undoError,
          },
        );
      }
      return { ok: false, error: storageError(error) };
    }
  }
  return { ok: true, plan: done.changes.plan };
}

/**
 * Erases every record and the settings, leaving a working, empty extension: the database stays (only its
 * tables are cleared) and every setting is back at its default. The settings go first, so a failure
 * never leaves the records half-erased.
 */
export async function eraseEverything(settings: SettingsStore): Promise<EraseResult> {
  const db = getDb();
  try {
    await settings.clear();
    // The learner's own records only: this installation's signing keys and a ledger are not "my study".
    await db.transaction('rw', [db.sessions, db.reflections, db.courseNames, db.plans], async () => {
      await db.sessions.clear();
      await db.reflections.clear();
      await db.courseNames.clear();
      await db.plans.clear();
    });
  } catch (error) {
    return { ok: false, error: storageError(error) };
  }
  return { ok: true };
}
