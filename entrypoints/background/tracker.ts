import { browser } from '#imports';
import { putSessions } from '@/storage/repositories/sessions';
import type { Settings } from '@/storage/schemas/settings';
import {
  INITIAL_TRACKER_STATE,
  reduceTracker,
  type TrackerEvent,
  type TrackerState,
  type TrackerStep,
} from '@/storage/tracking/tracker-state';

const STATE_KEY = 'trackerState';

export interface TrackerCounters {
  heartbeats: number;
  writes: number;
  ignored: number;
}

/**
 * The single writer of study time, a thin shell around the pure `reduceTracker`. Its state lives in
 * `storage.session`, which survives a stopped service worker but not a browser restart, so a restarted
 * worker continues a segment and a restarted browser starts new ones. Events apply one at a time in
 * arrival order, and nothing is applied before the stored settings are known.
 */
export function createTracker(
  getSettings: () => Settings,
  ready: Promise<unknown>,
  now: () => number = Date.now,
) {
  let state: TrackerState | undefined;
  let queue: Promise<unknown> = ready.catch(() => undefined);
  const counters: TrackerCounters = { heartbeats: 0, writes: 0, ignored: 0 };

  async function load(): Promise<TrackerState> {
    if (!state) {
      const stored = await browser.storage.session.get(STATE_KEY);
      state = (stored[STATE_KEY] as TrackerState | undefined) ?? INITIAL_TRACKER_STATE;
    }
    return state;
  }

  function dispatch(event: TrackerEvent): Promise<TrackerStep> {
    const run = queue.then(async () => {
      const settings = getSettings();
      const before = await load();
      const step = reduceTracker(before, event, {
        now: now(),
        heartbeatSeconds: settings.heartbeatSeconds,
        paused: settings.paused,
        newId: () => crypto.randomUUID(),
      });
      if (event.type === 'heartbeat') counters.heartbeats++;
      if (step.ignored) counters.ignored++;
      // Rows first: if the write fails the state is not advanced and the next heartbeat retries.
      await putSessions(step.writes);
      counters.writes += step.writes.length;
      if (step.state !== before) {
        state = step.state;
        await browser.storage.session.set({ [STATE_KEY]: step.state });
      }
      return step;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    counters,
    dispatch,
    async openCount(): Promise<number> {
      await queue;
      return Object.keys((await load()).open).length;
    },
  };
}

export type Tracker = ReturnType<typeof createTracker>;
