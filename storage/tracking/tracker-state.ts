import type { Heartbeat } from '../schemas/messages';
import { applyHeartbeat, type DropReason, expireStale, type OpenSegment } from './segments';

/** Everything the single writer remembers between heartbeats: kept in `storage.session`. */
export interface TrackerState {
  /** Open segment per tab id. */
  open: Record<string, OpenSegment>;
  /** The screen is locked: segments are closed and heartbeats ignored. */
  locked: boolean;
  /** Background-clock times (ms) of the segment starts of each tab within the last minute. */
  recentStarts?: Record<string, number[]>;
  /** ms since epoch when the idle API first reported the system idle; absent while active. */
  idleSince?: number;
}

export type TrackerEvent =
  | { type: 'heartbeat'; tabId: number; heartbeat: Heartbeat }
  | { type: 'lock' }
  /** The idle API's `active` state: the screen is unlocked and someone uses the machine. */
  | { type: 'unlock' }
  /** The idle API's `idle` state: no input to the whole system for `idleSeconds`. */
  | { type: 'idle' }
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

export type IgnoreReason = DropReason | 'locked' | 'paused' | 'system-idle';

export interface TrackerStep {
  state: TrackerState;
  /** Rows to write through, in order. */
  writes: OpenSegment[];
  /** Why a heartbeat changed nothing, if it did not. */
  ignored?: IgnoreReason;
}

/** At most this many new segments per tab within {@link START_WINDOW_MS}; past it a change extends. */
export const MAX_STARTS_PER_WINDOW = 4;
export const START_WINDOW_MS = 60_000;
/**
 * Media counts through a system idle (no input anywhere) for at most this long: longer than a lecture of
 * two class hours (2 × 45 min), and the most a screen locked without the `locked` state can add.
 */
export const MEDIA_IDLE_LIMIT_MS = 90 * 60_000;

export const INITIAL_TRACKER_STATE: TrackerState = { open: {}, locked: false };

function withoutTab<T>(map: Record<string, T>, tabId: number): Record<string, T> {
  const { [tabId]: _closed, ...rest } = map;
  return rest;
}

/** A tab's starts still inside the window (a clock set back forgets the ones "from the future"). */
function startsInWindow(state: TrackerState, tabId: number, now: number): number[] {
  return (state.recentStarts?.[tabId] ?? []).filter((at) => at <= now && now - at < START_WINDOW_MS);
}

function applyTabHeartbeat(
  state: TrackerState,
  event: { tabId: number; heartbeat: Heartbeat },
  context: TrackerContext,
): TrackerStep {
  const { tabId, heartbeat } = event;
  const starts = startsInWindow(state, tabId, context.now);
  const step = applyHeartbeat(state.open[tabId], heartbeat, {
    tabId,
    now: context.now,
    heartbeatSeconds: context.heartbeatSeconds,
    newId: context.newId,
    splitAllowed: starts.length < MAX_STARTS_PER_WINDOW,
  });
  const open = step.open ? { ...state.open, [tabId]: step.open } : withoutTab(state.open, tabId);
  const nextStarts = step.started ? [...starts, context.now] : starts;
  const recentStarts =
    nextStarts.length > 0
      ? { ...state.recentStarts, [tabId]: nextStarts }
      : withoutTab(state.recentStarts ?? {}, tabId);
  return { state: { ...state, open, recentStarts }, writes: step.writes, ignored: step.dropped };
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
      return { state: { ...state, open: {}, locked: true }, writes: [] };
    case 'unlock':
      // The idle API reports every change to 'active' this way: keep the same state when nothing changes.
      if (!state.locked && state.idleSince === undefined) return { state, writes: [] };
      return { state: { ...state, locked: false, idleSince: undefined }, writes: [] };
    case 'idle':
      // A worker restarted during a long idle keeps the first report, not its own.
      if (state.idleSince !== undefined) return { state, writes: [] };
      return { state: { ...state, idleSince: context.now }, writes: [] };
    case 'pause':
      return { state: { ...state, open: {} }, writes: [] };
    case 'tab-closed':
      return {
        state: {
          ...state,
          open: withoutTab(state.open, event.tabId),
          recentStarts: withoutTab(state.recentStarts ?? {}, event.tabId),
        },
        writes: [],
      };
    case 'sweep':
      return {
        state: { ...state, open: expireStale(state.open, context.now, context.heartbeatSeconds) },
        writes: [],
      };
    case 'heartbeat': {
      if (state.locked) return { state, writes: [], ignored: 'locked' };
      if (context.paused) return { state, writes: [], ignored: 'paused' };
      const idleTooLong =
        state.idleSince !== undefined && context.now - state.idleSince >= MEDIA_IDLE_LIMIT_MS;
      if (idleTooLong && event.heartbeat.kind !== 'input') {
        // Where the browser never reports a locked screen, a long system idle ends media-only counting.
        return {
          state: { ...state, open: withoutTab(state.open, event.tabId) },
          writes: [],
          ignored: 'system-idle',
        };
      }
      return applyTabHeartbeat(state, event, context);
    }
  }
}
