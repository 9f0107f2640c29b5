import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { rekeyRows } from './platforms/rekey-rows';
import type { CourseNameRow } from './schemas/course-name';
import type { LedgerCase, LedgerFile, LedgerPerson, LedgerWeek } from './schemas/ledger';
import type { PlanRow } from './schemas/plan';
import type { ReflectionRow, SessionRow } from './schemas/rows';
import type { SigningKeyRow } from './signing/signing-key-schema';

/** Version 2's upgrade: keys from the platforms' ids (storage/platforms/rekey-rows.ts). */
async function rekeyToIds(tx: Transaction): Promise<void> {
  const sessions = tx.table<SessionRow, string>('sessions');
  const reflections = tx.table<ReflectionRow, string>('reflections');
  const before = { sessions: await sessions.toArray(), reflections: await reflections.toArray() };
  const after = rekeyRows(before);
  const changed = <T>(rows: T[], old: readonly T[]) => rows.filter((row, i) => row !== old[i]);
  await sessions.bulkPut(changed(after.sessions, before.sessions));
  await reflections.bulkPut(changed(after.reflections, before.reflections));
}

/** The newest schema version below; raise it with each `this.version(n)` added. */
export const DB_VERSION = 5;

/** The IndexedDB database `studytrail`; only repository modules import it. */
export class AppDB extends Dexie {
  sessions!: EntityTable<SessionRow, 'id'>;
  reflections!: EntityTable<ReflectionRow, 'id'>;
  courseNames!: EntityTable<CourseNameRow, 'courseKey'>;
  signingKeys!: EntityTable<SigningKeyRow, 'id'>;
  ledgerPersons!: EntityTable<LedgerPerson, 'id'>;
  ledgerWeeks!: EntityTable<LedgerWeek, 'id'>;
  ledgerCases!: EntityTable<LedgerCase, 'id'>;
  ledgerFiles!: EntityTable<LedgerFile, 'id'>;
  plans!: EntityTable<PlanRow, 'id'>;

  constructor(name = 'studytrail') {
    super(name);
    // 2026-11-28, version 1: sessions and reflections (docs/architecture.md section 5).
    this.version(1).stores({
      sessions: 'id, start, end, courseKey',
      reflections: 'id, createdAt, updatedAt, courseKey',
    });
    // 2026-12-01, version 2: the same tables; course and lesson keys come from the platforms' ids
    // (docs/tracking.md "Course and lesson keys"), so rows of version 1 are re-keyed where their URL allows.
    this.version(2)
      .stores({
        sessions: 'id, start, end, courseKey',
        reflections: 'id, createdAt, updatedAt, courseKey',
      })
      .upgrade(rekeyToIds);
    // 2026-12-01, version 3: version 2 plus `courseNames`, the learner's display names for courses (keyed by
    // the course key, which never changes). Existing rows need no upgrade.
    this.version(3).stores({
      sessions: 'id, start, end, courseKey',
      reflections: 'id, createdAt, updatedAt, courseKey',
      courseNames: 'courseKey',
    });
    // 2026-12-01, version 4: version 3 plus `plans` (training plans, docs/plans.md) and `signingKeys` (this
    // installation's Ed25519 key pair for signed digests; the private key is non-extractable and never backed up).
    this.version(4).stores({
      sessions: 'id, start, end, courseKey',
      reflections: 'id, createdAt, updatedAt, courseKey',
      courseNames: 'courseKey',
      plans: 'id, deadline',
      signingKeys: 'id',
    });
    // 2026-12-01, version 5: version 4 plus the organiser's ledger (docs/ledger.md): people, their weeks, the
    // cases they offered and every imported file. New tables only; no row of version 4 changes.
    this.version(5).stores({
      sessions: 'id, start, end, courseKey',
      reflections: 'id, createdAt, updatedAt, courseKey',
      courseNames: 'courseKey',
      plans: 'id, deadline',
      signingKeys: 'id',
      ledgerPersons: 'id, staffNo',
      ledgerWeeks: 'id, personId, weekStart',
      ledgerCases: 'id, personId, weekStart',
      ledgerFiles: 'id, seq, status',
    });
  }
}

let instance: AppDB | undefined;

/** The one database of this extension origin, opened on first use. */
export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
