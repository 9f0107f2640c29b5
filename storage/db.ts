import { Dexie, type EntityTable } from 'dexie';
import type { ReflectionRow, SessionRow } from './schemas/rows';

/** The IndexedDB database `studytrail`; only repository modules import it. */
export class AppDB extends Dexie {
  sessions!: EntityTable<SessionRow, 'id'>;
  reflections!: EntityTable<ReflectionRow, 'id'>;

  constructor(name = 'studytrail') {
    super(name);
    // 2026-11-28, version 1: sessions and reflections (DESIGN.md section 5).
    this.version(1).stores({
      sessions: 'id, start, end, courseKey',
      reflections: 'id, createdAt, updatedAt, courseKey',
    });
  }
}

let instance: AppDB | undefined;

/** The one database of this extension origin, opened on first use. */
export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
