import type { EngagementSettings } from '@/storage/tracking/engagement';
import { type Interval, unionIntervals } from '@/storage/tracking/intervals';
import type { TraceEntry } from './trace';

export interface GroundTruth {
  all: Interval[];
  byLesson: Record<string, Interval[]>;
}

/**
 * The docs/architecture.md section 3 rules applied to what really happened, written independently of
 * `engagement.ts`: a platform tab counts while the machine is awake, the browser open, the screen
 * unlocked, no "are you still there" dialog shown, and either it is visible and focused with the
 * learner's last input at most `idleSeconds` old, or its media plays while it is visible (or hidden, with
 * `countBackgroundAudio`). Returned on the machine's clock, the clock sessions are stamped with.
 */
export function truthFromTrace(
  trace: readonly TraceEntry[],
  end: number,
  settings: EngagementSettings,
): GroundTruth {
  const all: Interval[] = [];
  const byLesson: Record<string, Interval[]> = {};
  const add = (lessonKey: string, start: number, stop: number, offset: number) => {
    if (stop <= start) return;
    const interval = { start: start + offset, end: stop + offset };
    all.push(interval);
    byLesson[lessonKey] = [...(byLesson[lessonKey] ?? []), interval];
  };

  trace.forEach((entry, i) => {
    const from = entry.at;
    const to = Math.min(trace[i + 1]?.at ?? end, end);
    if (entry.asleep || entry.locked || !entry.browserOpen) return;
    for (const tab of entry.tabs) {
      if (!tab.platform || tab.lessonKey === null || tab.awayDialog) continue;
      if (tab.mediaPlaying && (tab.visible || settings.countBackgroundAudio)) {
        add(tab.lessonKey, from, to, entry.clockOffset);
      }
      if (tab.visible && tab.focused && tab.lastInputTrue !== null) {
        add(
          tab.lessonKey,
          from,
          Math.min(to, tab.lastInputTrue + settings.idleSeconds * 1000),
          entry.clockOffset,
        );
      }
    }
  });

  const lessons = Object.entries(byLesson).map(([key, list]) => [key, unionIntervals(list)]);
  return { all: unionIntervals(all), byLesson: Object.fromEntries(lessons) };
}
