import type { Interval } from '@/storage/tracking/intervals';
import { intersectIntervals } from '@/tests/replay/interval-math';
import type { ReplayResult } from '@/tests/replay/simulator';
import { entryAt } from '@/tests/replay/trace';
import { awakeFrom, platformLifetimes } from './tab-lifetimes';

const BEAT_MS = 60_000;
const PULSETIME_MS = 80_000;
const AFK_AFTER_MS = 180_000;

interface AwEvent extends Interval {
  url: string;
}

/** aw-core's heartbeat merge: same data and `last.start <= ts <= last.end + pulsetime` joins the last event. */
function mergeBeat(events: AwEvent[], ts: number, url: string) {
  const last = events.at(-1);
  if (last && last.url === url && last.start <= ts && ts <= last.end + PULSETIME_MS) {
    last.end = Math.max(last.end, ts);
  } else {
    events.push({ start: ts, end: ts, url });
  }
}

/**
 * Baseline 2, ActivityWatch-style. A web watcher sends a zero-length beat, stamped with the machine's clock,
 * for a visible platform tab when it becomes visible or changes URL and on a 1-minute alarm (an alarm due
 * during sleep runs at wake); the server merges beats per tab with pulsetime 80 s. An AFK watcher counts the
 * learner away 180 s after the last input anywhere in the browser. Tracked time is each tab's events
 * intersected with the not-AFK time, summed over tabs (no union across tabs, no notion of media or locks).
 */
export function awStyleMs(result: ReplayResult): number {
  const { trace, end } = result;
  /** Beats per tab, with the true time they arrive: the server merges them in arrival order. */
  const beats = new Map<number, { at: number; ts: number; url: string }[]>();
  const beat = (tabId: number, at: number, ts: number, url: string) => {
    const list = beats.get(tabId) ?? [];
    list.push({ at, ts, url });
    beats.set(tabId, list);
  };

  for (const life of platformLifetimes(trace, end)) {
    let seen: string | null = null;
    for (const entry of trace) {
      if (entry.at < life.start || entry.at >= life.end) continue;
      const tab = entry.tabs.find((t) => t.id === life.tabId);
      const url = tab?.visible ? tab.lessonKey : null;
      if (url !== null && url !== seen) beat(life.tabId, entry.at, entry.at + entry.clockOffset, url);
      seen = url;
    }
  }
  result.launches.forEach((launch, i) => {
    const until = Math.min(result.launches[i + 1] ?? end, end);
    for (let t = awakeFrom(trace, launch + BEAT_MS); t < until; t = awakeFrom(trace, t + BEAT_MS)) {
      const entry = entryAt(trace, t);
      if (!entry.browserOpen) continue;
      for (const tab of entry.tabs) {
        if (tab.platform && tab.visible && tab.lessonKey)
          beat(tab.id, t, t + entry.clockOffset, tab.lessonKey);
      }
    }
  });

  const notAfk = result.inputs.map((input) => ({ start: input.clock, end: input.clock + AFK_AFTER_MS }));
  let tracked = 0;
  for (const list of beats.values()) {
    const events: AwEvent[] = [];
    for (const { ts, url } of list.sort((a, b) => a.at - b.at)) mergeBeat(events, ts, url);
    tracked += intersectIntervals(events, notAfk).reduce((sum, i) => sum + i.end - i.start, 0);
  }
  return tracked;
}
