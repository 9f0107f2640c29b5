/** A timer armed on the simulator's monotonic stopwatch. */
export interface Timer {
  owner: string;
  /** When it was asked to run (true time, ms). */
  dueAt: number;
  /** When it will run: later than `dueAt` when throttled or when the machine slept through it. */
  fireAt: number;
  seq: number;
  run: () => void;
}

/**
 * The virtual machine's timers: one per owner (a page's heartbeat loop keeps one timer, the background
 * one alarm), so arming a timer replaces the owner's previous one, as the content script's does.
 */
export function createTimerQueue() {
  const timers = new Map<string, Timer>();
  let seq = 0;

  return {
    set(owner: string, dueAt: number, fireAt: number, run: () => void) {
      timers.set(owner, { owner, dueAt, fireAt, seq: seq++, run });
    },
    clear(owner: string) {
      timers.delete(owner);
    },
    clearAll() {
      timers.clear();
    },
    /** The next timer to run: earliest `fireAt`, then earliest `dueAt`, then first armed. */
    peek(): Timer | undefined {
      let next: Timer | undefined;
      for (const timer of timers.values()) {
        if (
          !next ||
          timer.fireAt < next.fireAt ||
          (timer.fireAt === next.fireAt &&
            (timer.dueAt < next.dueAt || (timer.dueAt === next.dueAt && timer.seq < next.seq)))
        ) {
          next = timer;
        }
      }
      return next;
    },
    /** The machine sleeps until `wakeAt`: every timer due before then runs at the wake, in its order. */
    postponeUntil(wakeAt: number) {
      for (const timer of timers.values()) if (timer.fireAt < wakeAt) timer.fireAt = wakeAt;
    },
  };
}

export type TimerQueue = ReturnType<typeof createTimerQueue>;
