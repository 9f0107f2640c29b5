import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/storage/db';
import { prefetchYearSessions, readWeekSource, readYearSessions } from '@/storage/repositories/stats-source';
import { makeSession } from './support/session-rows';

const H = 3_600_000;
const FROM = Date.UTC(2026, 3, 13);
const TO = FROM + 7 * 24 * H;
const ROWS = [
  makeSession({ id: 'before', start: FROM - 16 * 24 * H, end: FROM - 15 * 24 * H }),
  makeSession({ id: 'last-week', start: FROM - 3 * 24 * H, end: FROM - 3 * 24 * H + H }),
  makeSession({ id: 'across-start', start: FROM - H, end: FROM + H }),
  makeSession({ id: 'inside', start: FROM + 24 * H, end: FROM + 25 * H }),
  // A whole day, the longest a row may be, from just before the end: it overlaps.
  makeSession({ id: 'across-end', start: TO - H, end: TO + 23 * H }),
  makeSession({ id: 'after', start: TO, end: TO + H }),
  makeSession({ id: 'ends-at-from', start: FROM - 8 * 24 * H - H, end: FROM - 8 * 24 * H }),
];

beforeEach(async () => {
  await getDb().sessions.clear();
  await getDb().sessions.bulkPut(ROWS);
});

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe('the rows the Week and Year views read', () => {
  it('the Week view reads the sessions overlapping the week and the week before, and no others', async () => {
    const { sessions } = await readWeekSource(FROM, TO);
    expect(ids(sessions)).toEqual(['across-end', 'across-start', 'inside', 'last-week']);
  });

  it('the Year view reads the sessions overlapping the range, including those across its bounds', async () => {
    expect(ids(await readYearSessions(2026, FROM, TO))).toEqual(['across-end', 'across-start', 'inside']);
  });

  it('a read started before the zone is known gives the same rows, once; a later read sees new rows', async () => {
    prefetchYearSessions(2026);
    expect(ids(await readYearSessions(2026, FROM, TO))).toEqual(['across-end', 'across-start', 'inside']);
    await getDb().sessions.put(makeSession({ id: 'new', start: FROM + 2 * 24 * H, end: FROM + 3 * 24 * H }));
    expect(ids(await readYearSessions(2026, FROM, TO))).toEqual([
      'across-end',
      'across-start',
      'inside',
      'new',
    ]);
    // A read of another year is not used for this one.
    prefetchYearSessions(2025);
    expect(ids(await readYearSessions(2026, FROM, TO))).toContain('new');
  });
});
