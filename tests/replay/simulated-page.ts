import type { StudyTarget } from '@/storage/platforms/read-titles';
import { type Heartbeat, heartbeatSchema } from '@/storage/schemas/messages';
import { createHeartbeatLoop, type LoopSettings } from '@/storage/tracking/heartbeat-loop';
import { MINUTE, SECOND } from './scenario';

/** Chrome throttles a silent hidden page's timers to once a minute after it has been hidden this long. */
const INTENSIVE_THROTTLING_AFTER_MS = 5 * MINUTE;
/** `page-signals.ts` notes input at most once a second and re-evaluates only after 2 s without. */
const INPUT_THROTTLE_MS = 1000;

/** One tab of the simulated browser, and the content script's loop when it is a platform page. */
export interface SimTab {
  id: number;
  windowId: number;
  /** What the page is about; null for a page no platform rule matches (no content script). */
  target: StudyTarget | null;
  /** The learner's own last input (true time): what the ground truth goes by. */
  learnerInputAt: number | null;
  /** The page's last input on the page's monotonic clock (true time), as page-signals.ts keeps it. */
  pageInputAt: number | null;
  mediaPlaying: boolean;
  awayDialog: boolean;
  visible: boolean;
  focused: boolean;
  /** True time since which the tab is hidden, if hidden. */
  hiddenSince: number | null;
  loop?: ReturnType<typeof createHeartbeatLoop>;
}

export function createSimTab(id: number, windowId: number, target: StudyTarget | null, now: number): SimTab {
  return {
    id,
    windowId,
    target,
    learnerInputAt: null,
    pageInputAt: null,
    mediaPlaying: false,
    awayDialog: false,
    visible: false,
    focused: false,
    hiddenSince: now,
  };
}

/** The machine a page runs on: its stopwatch, its clock, its timers and the background it messages. */
export interface PageHost {
  /** True time, ms. */
  now: () => number;
  /** The machine's clock, ms since epoch: what `Date.now()` returns. */
  clock: () => number;
  setTimer: (owner: string, dueAt: number, fireAt: number, run: () => void) => void;
  sendHeartbeat: (tabId: number, heartbeat: Heartbeat) => void;
}

/** Hidden silent pages get throttled timers (aligned to a second, then to a minute); others do not. */
function fireTimeFor(tab: SimTab, dueAt: number, now: number): number {
  if (tab.visible || tab.mediaPlaying) return dueAt;
  const step = now - (tab.hiddenSince ?? now) >= INTENSIVE_THROTTLING_AFTER_MS ? MINUTE : SECOND;
  return Math.ceil(dueAt / step) * step;
}

/** The content script's `main()`: one real heartbeat loop reading this tab's signals. */
export function startContentScript(tab: SimTab, target: StudyTarget, settings: LoopSettings, host: PageHost) {
  tab.loop = createHeartbeatLoop(
    {
      platformId: target.courseKey.split(':')[0] ?? 'enaea',
      now: host.clock,
      elapsed: host.now,
      signals: () => ({
        visible: tab.visible,
        focused: tab.focused,
        inputAgeMs: tab.pageInputAt === null ? null : host.now() - tab.pageInputAt,
        mediaPlaying: tab.mediaPlaying,
        awayDialog: tab.awayDialog,
      }),
      target: () => tab.target ?? target,
      // The background validates every message with zod before anything happens.
      send: (heartbeat) => host.sendHeartbeat(tab.id, heartbeatSchema.parse(heartbeat)),
      schedule: (delayMs, run) => {
        const dueAt = host.now() + delayMs;
        host.setTimer(`tab-${tab.id}`, dueAt, fireTimeFor(tab, dueAt, host.now()), run);
      },
    },
    settings,
  );
}

/** An input event in the page, handled as page-signals.ts does: noted once a second, re-evaluated when stale. */
export function noteInput(tab: SimTab, now: number) {
  tab.learnerInputAt = now;
  if (tab.pageInputAt !== null && now - tab.pageInputAt < INPUT_THROTTLE_MS) return;
  const wasStale = tab.pageInputAt === null || now - tab.pageInputAt > INPUT_THROTTLE_MS * 2;
  tab.pageInputAt = now;
  if (wasStale) tab.loop?.evaluate();
}
