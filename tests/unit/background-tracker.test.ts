import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTracker } from '@/entrypoints/background/tracker';
import { FAILING_BADGE, showWriteStatus } from '@/entrypoints/background/write-badge';
import type { Heartbeat } from '@/storage/schemas/messages';
import type { SessionRow } from '@/storage/schemas/rows';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { WRITE_STATUS_KEY, type WriteStatus, writeFailureReason } from '@/storage/schemas/write-status';
import { makeHeartbeat } from './support/heartbeats';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const S = 1000;

/** A database stand-in whose writes fail while `failWith` is set, like IndexedDB with a full disk. */
function fakeDatabase() {
  const rows = new Map<string, SessionRow>();
  const db = {
    failWith: undefined as Error | undefined,
    attempts: 0,
    rows: () => [...rows.values()],
    async write(batch: readonly SessionRow[]) {
      db.attempts++;
      if (db.failWith) throw db.failWith;
      for (const row of batch) rows.set(row.id, row);
    },
  };
  return db;
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function startTracker(db: ReturnType<typeof fakeDatabase>, clock: { now: number }) {
  const statuses: WriteStatus[] = [];
  const tracker = createTracker(() => DEFAULT_SETTINGS, Promise.resolve(), {
    now: () => clock.now,
    write: (rows) => db.write(rows),
    onWriteStatus: async (status) => {
      statuses.push(status);
      await showWriteStatus(status, 'en');
    },
  });
  const beat = (at: number, overrides: Partial<Heartbeat> = {}) => {
    clock.now = at;
    return tracker.dispatch({
      type: 'heartbeat',
      tabId: 5,
      heartbeat: makeHeartbeat({ ts: at, ...overrides }),
    });
  };
  return { tracker, statuses, beat };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('the tracker shell: a failed write', () => {
  it('keeps the segment, shows a red "!" badge that says why, and writes everything once the database works again', async () => {
    const db = fakeDatabase();
    const clock = { now: T0 };
    const { beat, statuses } = startTracker(db, clock);
    await beat(T0);
    await beat(T0 + 15 * S);
    db.failWith = quotaError();
    const failed = await beat(T0 + 30 * S);
    expect(failed.written).toBe(false);
    await beat(T0 + 45 * S);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(FAILING_BADGE);
    expect(await fakeBrowser.action.getTitle({})).toContain('storage is full');
    expect(statuses.at(-1)).toMatchObject({ ok: false, reason: 'quota', since: T0 + 30 * S, pending: 1 });

    db.failWith = undefined;
    const healed = await beat(T0 + 60 * S);
    expect(healed.written).toBe(true);
    // One segment, from the first heartbeat to the last: the failed minute is not lost.
    expect(db.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 60 * S })]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(statuses.at(-1)).toEqual({ ok: true });
  });

  it('a segment closed while writes fail is still written later, at its true end', async () => {
    const db = fakeDatabase();
    const clock = { now: T0 };
    const { tracker, beat } = startTracker(db, clock);
    await beat(T0);
    db.failWith = quotaError();
    await beat(T0 + 15 * S);
    await beat(T0 + 20 * S, { engaged: false });
    expect(db.rows()).toEqual([]);
    db.failWith = undefined;
    clock.now = T0 + 80 * S;
    // The sweep alarm retries even with no heartbeat coming.
    const sweep = await tracker.dispatch({ type: 'sweep' });
    expect(sweep.written).toBe(true);
    expect(db.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 20 * S })]);
  });

  it('a worker restarted while writes fail takes its waiting rows and open segment back from storage.session', async () => {
    const db = fakeDatabase();
    const clock = { now: T0 };
    const first = startTracker(db, clock);
    await first.beat(T0);
    db.failWith = new DOMException('The database connection is closing.', 'InvalidStateError');
    await first.beat(T0 + 15 * S);
    expect(await first.tracker.writeStatus()).toMatchObject({ ok: false, reason: 'closed' });

    // A new worker: nothing in memory, the same storage.session.
    const second = startTracker(db, clock);
    expect(await second.tracker.writeStatus()).toMatchObject({ ok: false, reason: 'closed' });
    db.failWith = undefined;
    await second.beat(T0 + 30 * S);
    expect(db.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 30 * S })]);
    expect(await fakeBrowser.storage.session.get(WRITE_STATUS_KEY)).toEqual({
      [WRITE_STATUS_KEY]: { ok: true },
    });
  });

  it('discarding the waiting rows (erase, restore) clears the failure and writes nothing old', async () => {
    const db = fakeDatabase();
    const clock = { now: T0 };
    const { tracker, beat } = startTracker(db, clock);
    await beat(T0);
    db.failWith = quotaError();
    await beat(T0 + 15 * S);
    await tracker.dispatch({ type: 'pause' });
    await tracker.discardPending();
    db.failWith = undefined;
    await tracker.dispatch({ type: 'sweep' });
    expect(db.rows()).toEqual([]);
    expect(await tracker.writeStatus()).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('writeFailureReason', () => {
  it('tells a full disk, a closed database and anything else apart, through Dexie wrappers', () => {
    expect(writeFailureReason(quotaError())).toBe('quota');
    expect(writeFailureReason({ name: 'AbortError', inner: quotaError() })).toBe('quota');
    expect(writeFailureReason({ name: 'DatabaseClosedError' })).toBe('closed');
    expect(writeFailureReason(new DOMException('closing', 'InvalidStateError'))).toBe('closed');
    expect(writeFailureReason(new Error('boom'))).toBe('other');
    expect(writeFailureReason('text')).toBe('other');
  });
});
