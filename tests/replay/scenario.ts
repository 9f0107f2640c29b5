import type { StudyTarget } from '@/storage/platforms/read-titles';
import type { LoopSettings } from '@/storage/tracking/heartbeat-loop';
import type { Interval } from '@/storage/tracking/intervals';
import type { MediaState } from './dom-page';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** `m:ss` of a script as ms, so scenarios read like a stopwatch: `mmss(20, 7)` is 20:07. */
export function mmss(minutes: number, seconds = 0): number {
  return minutes * MINUTE + seconds * SECOND;
}

/**
 * One thing that happens to the learner's machine, `at` ms after the script starts on a monotonic
 * stopwatch (true elapsed time, which the machine's clock may disagree with after `set-clock`).
 */
export type Action = { at: number } & (
  | {
      type: 'open-tab';
      tabId: number;
      windowId: number;
      /** What the learner studies there; null on a page no rule covers. */
      target: StudyTarget | null;
      /** The address, when it is not the target's lesson URL (a platform page outside the rules). */
      url?: string;
      /** The lecture plays in a cross-origin iframe with its own content script. */
      framePlayer?: boolean;
    }
  | { type: 'activate-tab'; tabId: number }
  | { type: 'close-tab'; tabId: number }
  | { type: 'focus-window'; windowId: number | null }
  | { type: 'input'; tabId: number }
  /** A page script dispatches keydown and pointermove events: nobody is there. */
  | { type: 'page-script-input'; tabId: number }
  /** A notice pane scrolls itself (trusted scroll events of an element and of the document). */
  | { type: 'auto-scroll'; tabId: number }
  | {
      type: 'play';
      tabId: number;
      /** Sound and layout of the video (audible, 640 × 360 in view unless said). */
      media?: MediaState;
      loop?: boolean;
      /** Ground truth: whether a person watches or hears it (default true). */
      watched?: boolean;
    }
  | { type: 'pause'; tabId: number }
  /** An in-page navigation (`pushState`); a null target is a page of the host that no rule covers. */
  | { type: 'navigate'; tabId: number; target: StudyTarget | null; url?: string }
  /** The page's title is set (a title that renders late). */
  | { type: 'set-title'; tabId: number; title: string }
  /** The player frame dies without a word (a crashed frame process): no pagehide, no last report. */
  | { type: 'kill-frame'; tabId: number }
  | { type: 'away-dialog'; tabId: number; shown: boolean }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'sleep'; durationMs: number }
  | { type: 'restart-worker' }
  | { type: 'close-browser' }
  | { type: 'relaunch-browser' }
  | { type: 'set-clock'; deltaMs: number }
);

export interface Scenario {
  /** Short name for the bench table. */
  id: string;
  /** ms since epoch: the machine's clock when the script starts. */
  start: number;
  /** ms after the start at which the replay stops. */
  duration: number;
  settings?: Partial<LoopSettings>;
  /** IANA time zone the learner's days are counted in. */
  timeZone?: string;
  script: Action[];
  /**
   * Hand-derived from the script with the docs/architecture.md section 3 rules: when the learner was really studying,
   * as ms from `start` on the machine's clock (the clock sessions are stamped with).
   */
  truth: Interval[];
  /** The same, per lesson key, for scenarios about lessons. */
  truthByLesson?: Record<string, Interval[]>;
}

export const DEFAULT_LOOP_SETTINGS: LoopSettings = {
  idleSeconds: 180,
  heartbeatSeconds: 15,
  countBackgroundAudio: false,
  paused: false,
};

/** Input actions in `tabId` from `from` to `to` inclusive, with gaps taken in turn from `gapsMs`. */
export function inputs(tabId: number, from: number, to: number, gapsMs: readonly number[]): Action[] {
  const actions: Action[] = [];
  for (let at = from, i = 0; at <= to; at += gapsMs[i++ % gapsMs.length] ?? SECOND) {
    actions.push({ at, type: 'input', tabId });
  }
  return actions;
}

/** An interval given as stopwatch offsets. */
export function span(start: number, end: number): Interval {
  return { start, end };
}
