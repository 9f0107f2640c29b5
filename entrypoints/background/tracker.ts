import { browser } from '#imports';
import { putSessions } from '@/storage/repositories/sessions';
import type { SessionRow } from '@/storage/schemas/rows';
import type { Settings } from '@/storage/schemas/settings';
import { WRITE_STATUS_KEY, type WriteStatus, writeFailureReason } from '@/storage/schemas/write-status';
import { isPaused } from '@/storage/tracking/pause';
import { maxGapMs, type OpenSegment } from '@/storage/tracking/segments';
import {
  INITIAL_TRACKER_STATE,
  reduceTracker,
  type TrackerEvent,
  type TrackerState,
  type TrackerStep,
} from '@/storage/tracking/tracker-state';

const STATE_KEY = 'trackerState';
/** Rows whose write failed, by id (the latest version of each), waiting for a retry. */
const PENDING_KEY = 'pendingWrites';

export interface TrackerCounters {
  heartbeats: number;
  writes: number;
  ignored: number;
  failedWrites: number;
}

export interface TrackerOptions {
  now?: () => number;
  /** Writes rows through to the database (a parameter so a test can make it fail). */
  write?: (rows: readonly SessionRow[]) => Promise<void>;
  /** Told after every write attempt: shows the state on the toolbar. */
  onWriteStatus?: (status: WriteStatus) => void | Promise<void>;
}

/**
 * The single writer of study time, a thin shell around the pure `reduceTracker`. Its state lives in
 * `storage.session`, which survives a stopped service worker but not a browser restart, so a restarted
 * worker continues a segment and a restarted browser starts new ones. Events apply one at a time in
 * arrival order, and nothing is applied before the stored settings are known. A failed write keeps its
 * rows in `storage.session` and retries them with the next event (a heartbeat or the sweep alarm).
 */
export function createTracker(
  getSettings: () => Settings,
  ready: Promise<unknown>,
  options: TrackerOptions = {},
) {
  const now = options.now ?? Date.now;
  const write = options.write ?? putSessions;
  let state: TrackerState | undefined;
  let pending: Record<string, SessionRow> | undefined;
  let status: WriteStatus | undefined;
  let queue: Promise<unknown> = ready.catch(() => undefined);
  const counters: TrackerCounters = { heartbeats: 0, writes: 0, ignored: 0, failedWrites: 0 };

  async function load(): Promise<TrackerState> {
    if (!state || !pending || !status) {
      const stored = await browser.storage.session.get([STATE_KEY, PENDING_KEY, WRITE_STATUS_KEY]);
      state ??= (stored[STATE_KEY] as TrackerState | undefined) ?? INITIAL_TRACKER_STATE;
      pending ??= (stored[PENDING_KEY] as Record<string, SessionRow> | undefined) ?? {};
      status ??= (stored[WRITE_STATUS_KEY] as WriteStatus | undefined) ?? { ok: true };
    }
    return state;
  }

  /** Writes the waiting rows and this step's rows in one go; on failure they all wait for the next try. */
  async function flush(rows: readonly SessionRow[]): Promise<boolean> {
    const waiting = { ...pending };
    for (const row of rows) waiting[row.id] = row;
    const all = Object.values(waiting);
    if (all.length === 0) return true;
    const hadPending = Object.keys(pending ?? {}).length > 0;
    let next: WriteStatus;
    try {
      await write(all);
      counters.writes += all.length;
      pending = {};
      next = { ok: true };
    } catch (error) {
      console.error('StudyTrail: study time not written yet, will retry', error);
      counters.failedWrites++;
      pending = waiting;
      const since = status && !status.ok ? status.since : now();
      next = { ok: false, reason: writeFailureReason(error), since, pending: all.length };
    }
    if (hadPending || !next.ok) await browser.storage.session.set({ [PENDING_KEY]: pending });
    await setStatus(next);
    return next.ok;
  }

  async function setStatus(next: WriteStatus) {
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    await browser.storage.session.set({ [WRITE_STATUS_KEY]: next });
    await options.onWriteStatus?.(next);
  }

  function dispatch(event: TrackerEvent): Promise<TrackerStep & { written: boolean }> {
    const run = queue.then(async () => {
      const settings = getSettings();
      const before = await load();
      const at = now();
      const step = reduceTracker(before, event, {
        now: at,
        heartbeatSeconds: settings.heartbeatSeconds,
        paused: isPaused(settings, at),
        newId: () => crypto.randomUUID(),
      });
      if (event.type === 'heartbeat') counters.heartbeats++;
      if (step.ignored) counters.ignored++;
      // The state advances even when the write fails: the rows wait, so no study time is dropped.
      const written = await flush(step.writes);
      if (step.state !== before) {
        state = step.state;
        await browser.storage.session.set({ [STATE_KEY]: step.state });
      }
      return { ...step, written };
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    counters,
    dispatch,
    /** Forgets rows that wait for a retry: erase and restore replace what they would have written. */
    async discardPending(): Promise<void> {
      const run = queue.then(async () => {
        await load();
        pending = {};
        await browser.storage.session.set({ [PENDING_KEY]: {} });
        await setStatus({ ok: true });
      });
      queue = run.catch(() => undefined);
      await run;
    },
    async openCount(): Promise<number> {
      await queue;
      return Object.keys((await load()).open).length;
    },
    /** What the tracker knows of one tab now: its segment while still extended, the lock and system idle. */
    async tabStatus(tabId: number): Promise<{ open?: OpenSegment; locked: boolean; systemIdle: boolean }> {
      await queue;
      const current = await load();
      const segment = current.open[tabId];
      const live = segment && now() - segment.end <= maxGapMs(getSettings().heartbeatSeconds);
      return {
        open: live ? segment : undefined,
        locked: current.locked,
        systemIdle: current.idleSince !== undefined,
      };
    },
    async writeStatus(): Promise<WriteStatus> {
      await queue;
      await load();
      return status ?? { ok: true };
    },
  };
}

export type Tracker = ReturnType<typeof createTracker>;
