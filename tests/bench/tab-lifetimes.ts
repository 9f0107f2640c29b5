import { entryAt, type TabSnapshot, type TraceEntry } from '@/tests/replay/trace';

/** One platform page's life: from its load to its close (or the browser's). */
export interface TabLifetime {
  tabId: number;
  /** True time, ms. */
  start: number;
  end: number;
}

const findTab = (entry: TraceEntry | undefined, tabId: number) => entry?.tabs.find((tab) => tab.id === tabId);

/** The lifetimes of every platform page in a replay's trace; a tab restored after a relaunch starts anew. */
export function platformLifetimes(trace: readonly TraceEntry[], end: number): TabLifetime[] {
  const lifetimes: TabLifetime[] = [];
  const open = new Map<number, TabLifetime>();
  for (const entry of trace) {
    for (const [tabId, lifetime] of open) {
      if (!findTab(entry, tabId)) {
        lifetime.end = entry.at;
        open.delete(tabId);
      }
    }
    for (const tab of entry.tabs) {
      if (!tab.platform || open.has(tab.id)) continue;
      const lifetime = { tabId: tab.id, start: entry.at, end };
      lifetimes.push(lifetime);
      open.set(tab.id, lifetime);
    }
  }
  return lifetimes;
}

/** A tab's snapshot at true time `t`, with the machine's clock then. */
export function tabAt(trace: readonly TraceEntry[], tabId: number, t: number) {
  const entry = entryAt(trace, t);
  return { entry, tab: findTab(entry, tabId) as TabSnapshot | undefined, clock: t + entry.clockOffset };
}

/** When the machine is asleep at `t`, the true time it wakes; otherwise `t`. */
export function awakeFrom(trace: readonly TraceEntry[], t: number): number {
  if (!entryAt(trace, t).asleep) return t;
  const wake = trace.find((entry) => entry.at > t && !entry.asleep);
  return wake?.at ?? Number.POSITIVE_INFINITY;
}
