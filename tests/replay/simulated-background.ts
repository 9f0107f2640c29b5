import type { SessionRow } from '@/storage/schemas/rows';
import {
  INITIAL_TRACKER_STATE,
  reduceTracker,
  type TrackerEvent,
  type TrackerState,
} from '@/storage/tracking/tracker-state';

/** A runtime message or database write, stamped with the true time it happened. */
export interface CostRecord {
  tabId: number;
  at: number;
}

/**
 * The background as the real shell runs it: `reduceTracker` one event at a time, its writes upserted by
 * id into an in-memory `sessions` table (which, like IndexedDB, outlives the worker and the browser).
 */
export function createSimulatedBackground(heartbeatSeconds: number) {
  let state: TrackerState = INITIAL_TRACKER_STATE;
  let ids = 0;
  const sessions = new Map<string, SessionRow>();
  const messages: CostRecord[] = [];
  const writes: CostRecord[] = [];
  const ignored: string[] = [];

  return {
    /** Applies one event at the background's clock `now`; `at` is true time, for the cost records. */
    dispatch(event: TrackerEvent, now: number, at: number) {
      if (event.type === 'heartbeat') messages.push({ tabId: event.tabId, at });
      const step = reduceTracker(state, event, {
        now,
        heartbeatSeconds,
        paused: false,
        newId: () => `session-${++ids}`,
      });
      state = step.state;
      if (step.ignored) ignored.push(step.ignored);
      for (const row of step.writes) {
        sessions.set(row.id, row);
        writes.push({ tabId: row.tabId, at });
      }
    },
    /** A stopped and restarted service worker: its state comes back from `storage.session`. */
    restartWorker() {
      state = JSON.parse(JSON.stringify(state)) as TrackerState;
    },
    /** A relaunched browser: `storage.session` is empty again; the sessions table is not. */
    relaunch() {
      state = INITIAL_TRACKER_STATE;
    },
    sessions: () => [...sessions.values()],
    messages,
    writes,
    ignored,
  };
}

export type SimulatedBackground = ReturnType<typeof createSimulatedBackground>;
