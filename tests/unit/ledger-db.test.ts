import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { SettingsStore } from '@/storage/backup/settings-store';
import { AppDB, DB_VERSION, getDb } from '@/storage/db';
import { eraseEverything, readEverything } from '@/storage/repositories/backup';
import { eraseLedger, importLedgerFiles, readLedger } from '@/storage/repositories/ledger';
import type { SessionRow } from '@/storage/schemas/rows';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { jsonFile, weekDigest } from './support/ledger-digests';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const SESSION: SessionRow = {
  id: 's1',
  start: 1_764_000_000_000,
  end: 1_764_000_600_000,
  platformId: 'enaea',
  courseKey: 'enaea:1001',
  courseTitle: '辅导员职业能力提升',
  lessonKey: 'enaea:1001/1',
  lessonTitle: '第一讲',
  kind: 'media',
  tabId: 3,
};

/** A database exactly as version 4 of the code declared it, with a row in each table it had. */
async function seedVersion4(name: string): Promise<void> {
  const v4 = new Dexie(name);
  v4.version(4).stores({
    sessions: 'id, start, end, courseKey',
    reflections: 'id, createdAt, updatedAt, courseKey',
    courseNames: 'courseKey',
    plans: 'id, deadline',
    signingKeys: 'id',
  });
  await v4.table('sessions').add(SESSION);
  await v4.table('courseNames').add({ courseKey: 'enaea:1001', name: '能力提升', updatedAt: 1 });
  await v4.table('plans').add({ id: 'p1', deadline: '2026-12-31', name: '年度培训' });
  await v4.table('signingKeys').add({ id: 'installation', publicKey: 'abc' });
  v4.close();
}

describe('database version 5: the ledger tables', () => {
  it('upgrades a version 4 database: every row kept, four empty ledger tables added', async () => {
    expect(DB_VERSION).toBe(5);
    await seedVersion4('studytrail-ledger-upgrade');
    const db = new AppDB('studytrail-ledger-upgrade');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.sessions.toArray()).toEqual([SESSION]);
    expect(await db.table('courseNames').count()).toBe(1);
    expect(await db.table('plans').toArray()).toEqual([
      { id: 'p1', deadline: '2026-12-31', name: '年度培训' },
    ]);
    expect(await db.table('signingKeys').count()).toBe(1);
    for (const table of [db.ledgerPersons, db.ledgerWeeks, db.ledgerCases, db.ledgerFiles]) {
      expect(await table.count()).toBe(0);
    }
    expect(db.ledgerWeeks.schema.indexes.map((index) => index.name).sort()).toEqual([
      'personId',
      'weekStart',
    ]);
  });
});

describe('erase: the ledger and one’s own study are separate', () => {
  const settings: SettingsStore = {
    load: async () => DEFAULT_SETTINGS,
    replace: async () => undefined,
    clear: async () => undefined,
  };
  const digest = jsonFile(
    'a.json',
    weekDigest({ weekStart: '2026-11-02', minutes: 30, learner: { staffNumber: '1001', name: '张三' } }),
  );

  it('a backup holds none of the ledger; erasing one’s own study leaves the ledger, and the other way round', async () => {
    await getDb().sessions.put(SESSION);
    await importLedgerFiles([digest], { now: Date.parse('2026-11-24T00:00:00Z') });
    const backup = JSON.stringify(await readEverything(settings));
    expect(backup).toContain('辅导员职业能力提升');
    expect(backup).not.toMatch(/张三|a\.json|学生工作部/);
    expect((await eraseEverything(settings)).ok).toBe(true);
    const afterOwnErase = await readLedger();
    expect(afterOwnErase.weeks).toHaveLength(1);
    expect(afterOwnErase.files).toHaveLength(1);

    await getDb().sessions.put(SESSION);
    await eraseLedger();
    const afterLedgerErase = await readLedger();
    expect([
      afterLedgerErase.persons,
      afterLedgerErase.weeks,
      afterLedgerErase.cases,
      afterLedgerErase.files,
    ]).toEqual([[], [], [], []]);
    expect(await getDb().sessions.count()).toBe(1);
  });
});
