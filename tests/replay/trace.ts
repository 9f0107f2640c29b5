/** What one open tab looked like at a moment of the replay (what a page could observe, and more). */
export interface TabSnapshot {
  id: number;
  windowId: number;
  /** On an enabled platform page (a content script runs there). */
  platform: boolean;
  lessonKey: string | null;
  visible: boolean;
  focused: boolean;
  /** True time (stopwatch, ms since epoch at the start) of the page's last input, if any. */
  lastInputTrue: number | null;
  /** The same input as the machine's clock read it (what `Date.now()` gave the page). */
  lastInputClock: number | null;
  mediaPlaying: boolean;
  awayDialog: boolean;
  /** True time since which the tab has been hidden, if hidden. */
  hiddenSince: number | null;
}

/** The whole machine after an action (or a wake): states hold until the next entry. */
export interface TraceEntry {
  /** True time, ms since epoch (the stopwatch). */
  at: number;
  /** The machine's clock minus true time (changed by `set-clock`). */
  clockOffset: number;
  asleep: boolean;
  locked: boolean;
  browserOpen: boolean;
  /** Open tabs, in opening order. */
  tabs: TabSnapshot[];
}

/** One input of the learner anywhere in the browser. */
export interface InputRecord {
  tabId: number;
  /** True time, ms. */
  at: number;
  /** The machine's clock at the input, ms. */
  clock: number;
}

/** The entry in force at true time `t` (the last one at or before it). */
export function entryAt(trace: readonly TraceEntry[], t: number): TraceEntry {
  let low = 0;
  let high = trace.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((trace[mid] as TraceEntry).at <= t) low = mid;
    else high = mid - 1;
  }
  const entry = trace[low];
  if (!entry || entry.at > t) throw new Error(`no trace entry at or before ${t}`);
  return entry;
}
