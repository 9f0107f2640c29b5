import type { Heartbeat } from '../schemas/messages';
import { applyHeartbeat, type DropReason, expireStale, type OpenSegment } from './segments';

/** Everything the single writer remembers between heartbeats: kept in `storage.session`. */
export interface TrackerState {
  /** Open segment per tab id. */
  open: Record<string, OpenSegment>;
  /** The screen is locked: segments are closed and heartbeats ignored. */
  locked: boolean;
}

export type TrackerEvent =
  | { type: 'heartbeat'; tabId: number; heartbeat: Heartbeat }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'tab-closed'; tabId: number }
  | { type: 'pause' }
  | { type: 'sweep' };

export interface TrackerContext {
  /** The background's clock, ms since epoch. */
  now: number;
  heartbeatSeconds: number;
  /** Tracking paused in settings: heartbeats are ignored. */
  paused: boolean;
  newId: () => string;
}

export interface TrackerStep {
  state: TrackerState;
  /** Rows to write through, in order. */
  writes: OpenSegment[];
  /** Why a heartbeat changed nothing, if it did not. */
  ignored?: DropReason | 'locked' | 'paused';
}

export const INITIAL_TRACKER_STATE: TrackerState = { open: {}, locked: false };

function withoutTab(open: Record<string, OpenSegment>, tabId: number): Record<string, OpenSegment> {
  const { [tabId]: _closed, ...rest } = open;
  return rest;
}

/**
 * The background's whole counting behaviour as one pure step: the shell only persists `state` and writes
 * `writes`. Closing a segment writes nothing: it already ends at its last heartbeat.
 */
export function reduceTracker(
  state: TrackerState,
  event: TrackerEvent,
  context: TrackerContext,
): TrackerStep {
  switch (event.type) {
    case 'lock':
      return { state: { open: {}, locked: true }, writes: [] };
    case 'unlock':
      // The idle API reports every active ↔ idle change as 'unlock': keep the same state so nothing is stored.
      return { state: state.locked ? { ...state, locked: false } : state, writes: [] };
    case 'pause':
      return { state: { ...state, open: {} }, writes: [] };
    case 'tab-closed':
      return { state: { ...state, open: withoutTab(state.open, event.tabId) }, writes: [] };
    case 'sweep':
      return {
        state: { ...state, open: expireStale(state.open, context.now, context.heartbeatSeconds) },
        writes: [],
      };
    case 'heartbeat': {
      if (state.locked) return { state, writes: [], ignored: 'locked' };
      if (context.paused) return { state, writes: [], ignored: 'paused' };
      const step = applyHeartbeat(state.open[event.tabId], event.heartbeat, {
        tabId: event.tabId,
        now: context.now,
        heartbeatSeconds: context.heartbeatSeconds,
        newId: context.newId,
      });
      const open = step.open
        ? { ...state.open, [event.tabId]: step.open }
        : withoutTab(state.open, event.tabId);
      return { state: { ...state, open }, writes: step.writes, ignored: step.dropped };
    }
  }
}
