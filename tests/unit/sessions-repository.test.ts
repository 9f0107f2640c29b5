import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/storage/db';
import { countSessions, latestSession, putSessions, sessionsBetween } from '@/storage/repositories/sessions';
import { makeSession } from './support/session-rows';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const MIN = 60_000;

beforeEach(async () => {
  const db = getDb();
  await db.sessions.clear();
  await db.reflections.clear();
});

describe('putSessions', () => {
  it('inserts new rows', async () => {
    await putSessions([
      makeSession({ id: 'a', start: T0, end: T0 + MIN }),
      makeSession({ id: 'b', start: T0, end: T0 + 2 * MIN }),
    ]);
    expect(await countSessions()).toBe(2);
  });

  it('upserts by id: writing a segment again updates it instead of adding a row', async () => {
    await putSessions([makeSession({ id: 'seg', start: T0, end: T0 })]);
    await putSessions([makeSession({ id: 'seg', start: T0, end: T0 + 15_000, lessonTitle: '更新后的标题' })]);
    await putSessions([makeSession({ id: 'seg', start: T0, end: T0 + 30_000, lessonTitle: '更新后的标题' })]);
    expect(await countSessions()).toBe(1);
    const [row] = await getDb().sessions.toArray();
    expect(row).toMatchObject({ id: 'seg', start: T0, end: T0 + 30_000, lessonTitle: '更新后的标题' });
  });

  it('writes a closed segment and the next one in one call (a lesson change)', async () => {
    await putSessions([
      makeSession({ id: 'old', start: T0, end: T0 + MIN }),
      makeSession({ id: 'new', start: T0 + MIN, end: T0 + MIN }),
    ]);
    expect((await getDb().sessions.orderBy('start').toArray()).map((row) => row.id)).toEqual(['old', 'new']);
  });

  it('an empty list writes nothing and does not fail', async () => {
    await expect(putSessions([])).resolves.toBeUndefined();
    expect(await countSessions()).toBe(0);
  });

  it('stores the rows unchanged, titles as given', async () => {
    const row = makeSession({
      id: 'x',
      start: T0,
      end: T0 + MIN,
      courseTitle: '<img src=x onerror=alert(1)>',
    });
    await putSessions([row]);
    expect(await getDb().sessions.get('x')).toEqual(row);
  });
});

describe('sessionsBetween', () => {
  beforeEach(async () => {
    await putSessions([
      makeSession({ id: 'before', start: T0 - 20 * MIN, end: T0 - 10 * MIN }),
      makeSession({ id: 'ends-at-from', start: T0 - 10 * MIN, end: T0 }),
      makeSession({ id: 'across-from', start: T0 - 5 * MIN, end: T0 + 5 * MIN }),
      makeSession({ id: 'inside', start: T0 + 10 * MIN, end: T0 + 20 * MIN }),
      makeSession({ id: 'covering', start: T0 - 60 * MIN, end: T0 + 120 * MIN }),
      makeSession({ id: 'across-to', start: T0 + 55 * MIN, end: T0 + 65 * MIN }),
      makeSession({ id: 'starts-at-to', start: T0 + 60 * MIN, end: T0 + 70 * MIN }),
      makeSession({ id: 'after', start: T0 + 80 * MIN, end: T0 + 90 * MIN }),
    ]);
  });

  it('returns the rows that overlap [from, to) and only those', async () => {
    const rows = await sessionsBetween(T0, T0 + 60 * MIN);
    expect(rows.map((row) => row.id).sort()).toEqual(['across-from', 'across-to', 'covering', 'inside']);
  });

  it('returns whole rows, not clipped ones', async () => {
    const rows = await sessionsBetween(T0, T0 + 60 * MIN);
    expect(rows.find((row) => row.id === 'covering')).toMatchObject({
      start: T0 - 60 * MIN,
      end: T0 + 120 * MIN,
    });
  });

  it('returns nothing for a window with no sessions', async () => {
    expect(await sessionsBetween(T0 + 200 * MIN, T0 + 300 * MIN)).toEqual([]);
  });
});

describe('latestSession', () => {
  it('is the row that ended last, whatever the order of writing', async () => {
    await putSessions([
      makeSession({ id: 'late', start: T0, end: T0 + 30 * MIN }),
      makeSession({ id: 'early', start: T0 - 60 * MIN, end: T0 - 50 * MIN }),
      makeSession({ id: 'long', start: T0 - 120 * MIN, end: T0 + 10 * MIN }),
    ]);
    expect((await latestSession())?.id).toBe('late');
  });

  it('is undefined with no sessions', async () => {
    expect(await latestSession()).toBeUndefined();
  });
});
