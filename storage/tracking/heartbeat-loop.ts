import type { StudyTarget } from '@/storage/platforms/read-titles';
import type { Heartbeat } from '@/storage/schemas/messages';
import {
  type Engagement,
  type EngagementSettings,
  engagementAt,
  type PageSignals,
} from '@/storage/tracking/engagement';
import { isPaused, type PauseSettings } from '@/storage/tracking/pause';

export interface LoopSettings extends EngagementSettings, PauseSettings {
  heartbeatSeconds: number;
}

export interface HeartbeatLoopDeps {
  platformId: string;
  /** The wall clock (ms since epoch): only for the timestamps heartbeats carry. */
  now: () => number;
  /**
   * A monotonic clock (ms, any origin; `performance.now()` in a page) for intervals and lapses, which a
   * clock set back or forward must not stretch. Defaults to `now`.
   */
  elapsed?: () => number;
  signals: () => PageSignals;
  target: () => StudyTarget;
  send: (heartbeat: Heartbeat) => void;
  /** Arms one timer for `delayMs`, replacing the previous one. */
  schedule: (delayMs: number, run: () => void) => void;
}

const NOT_ENGAGED: Engagement = { engaged: false, kind: 'input' };

/**
 * Decides when a page sends heartbeats: every `heartbeatSeconds` while engaged and at once on every
 * change (engaged or not, kind, lesson). One timer, armed for the next moment something can change.
 */
export function createHeartbeatLoop(deps: HeartbeatLoopDeps, initial: LoopSettings) {
  let settings = initial;
  let previous: Engagement = NOT_ENGAGED;
  let previousTarget: StudyTarget | undefined;
  let lastSentAt = 0;
  let lastSentElapsed = Number.NEGATIVE_INFINITY;
  /** When (monotonic) the previous engagement lapses unless renewed, and up to when it was known. */
  let previousLapse: number | undefined;
  let previousConfirmed: number | undefined;
  const elapsed = deps.elapsed ?? deps.now;

  /**
   * The wall-clock moment the previous engagement ended, placed on the wall clock as it reads now: the
   * last report of a player frame that fell silent (`lost`), else the input lapse, else now.
   */
  function endedAt(now: number, at: number, lost = false): number {
    const end = lost && previousConfirmed !== undefined ? previousConfirmed : previousLapse;
    return end === undefined ? now : now - Math.max(0, at - end);
  }

  function heartbeat(ts: number, engagement: Engagement, target: StudyTarget): Heartbeat {
    return {
      type: 'heartbeat',
      // Whole ms, rounded down: a monotonic clock (performance.now) has fractions, stored times do not.
      ts: Math.floor(ts),
      engaged: engagement.engaged,
      kind: engagement.kind,
      platformId: deps.platformId,
      ...target,
    };
  }

  /** Re-reads the page's signals and sends what changed. */
  function evaluate(): void {
    const now = deps.now();
    const at = elapsed();
    const paused = isPaused(settings, now);
    const current = paused ? NOT_ENGAGED : engagementAt(deps.signals(), settings, now);
    const target = deps.target();
    const lessonChanged = previousTarget !== undefined && previousTarget.lessonKey !== target.lessonKey;
    const changed = current.engaged !== previous.engaged || current.kind !== previous.kind || lessonChanged;
    const intervalMs = settings.heartbeatSeconds * 1000;
    const clockWentBack = now < lastSentAt;

    if (previous.engaged && !current.engaged) {
      const ended = endedAt(now, at, current.lostFrame);
      deps.send(heartbeat(ended, { ...previous, engaged: false }, previousTarget ?? target));
    } else if (current.engaged && (changed || clockWentBack || at - lastSentElapsed >= intervalMs)) {
      // A change is stamped now (it splits there); a routine beat claims no moment a player frame did not
      // report, so a frame that dies without a word adds nothing.
      const ts = changed ? now : Math.min(now, current.confirmedUntil ?? now);
      deps.send(heartbeat(ts, current, target));
      lastSentAt = now;
      lastSentElapsed = at;
    }
    previous = current;
    previousTarget = target;
    previousLapse = current.lapsesAt === undefined ? undefined : at + (current.lapsesAt - now);
    previousConfirmed =
      current.confirmedUntil === undefined ? undefined : at + (current.confirmedUntil - now);

    if (current.engaged) {
      const nextBeat = lastSentElapsed + intervalMs;
      const due = Math.min(nextBeat, previousLapse ?? nextBeat);
      // Never longer than one interval, whatever the wall clock did in between.
      deps.schedule(Math.min(intervalMs + 5, Math.max(250, due - at + 5)), evaluate);
    } else if (paused && settings.pausedUntil !== undefined) {
      // A timed pause ends by itself: look again at its end, with no settings change to wake the page.
      deps.schedule(Math.max(250, settings.pausedUntil - now + 5), evaluate);
    }
  }

  return {
    evaluate,
    /** Settings apply live. */
    update(next: LoopSettings) {
      settings = next;
      evaluate();
    },
    /** The page is going away: close the segment now. */
    stop() {
      if (previous.engaged) {
        const ended = endedAt(deps.now(), elapsed());
        deps.send(heartbeat(ended, { ...previous, engaged: false }, previousTarget ?? deps.target()));
      }
      previous = NOT_ENGAGED;
      previousLapse = undefined;
      previousConfirmed = undefined;
    },
  };
}
