import type { ReplayResult } from '@/tests/replay/simulator';
import { awakeFrom, platformLifetimes, tabAt } from './tab-lifetimes';

const TICK_MS = 1000;
const MINUTE = 60_000;
/** Chrome's intensive throttling: a silent page hidden this long runs its timers once a minute. */
const INTENSIVE_THROTTLING_AFTER_MS = 5 * MINUTE;

/**
 * Baseline 1, a naive tick counter. Each platform page runs `setInterval(tick, 1000)` and adds exactly 1 s
 * per tick that fires while the page is visible and either had input within `idleSeconds` (judged with
 * `Date.now()`) or has media playing. The naive behaviour chosen: 1 s per tick, not `Date.now()` deltas, so
 * a sleep adds nothing (no tick fires; one fires at wake) but throttled ticks lose time. It knows nothing
 * of screen locks, away dialogs or background audio, and each page counts for itself (totals are summed).
 * Ticks run as Chrome runs them: on time in a visible or audible page; in a silent hidden page aligned to
 * whole seconds, and to whole minutes once it has been hidden for 5 minutes.
 */
export function tickCounterMs(result: ReplayResult): number {
  const idleMs = result.settings.idleSeconds * 1000;
  let counted = 0;
  for (const life of platformLifetimes(result.trace, result.end)) {
    let t = life.start;
    for (;;) {
      t = awakeFrom(result.trace, t + TICK_MS);
      const before = tabAt(result.trace, life.tabId, t).tab;
      if (before && !before.visible && !before.mediaPlaying) {
        const hiddenFor = t - (before.hiddenSince ?? t);
        const step = hiddenFor >= INTENSIVE_THROTTLING_AFTER_MS ? MINUTE : TICK_MS;
        t = awakeFrom(result.trace, Math.ceil(t / step) * step);
      }
      if (t >= life.end) break;
      const { tab, clock } = tabAt(result.trace, life.tabId, t);
      if (!tab?.visible) continue;
      const recentInput = tab.lastInputClock !== null && clock - tab.lastInputClock <= idleMs;
      if (recentInput || tab.mediaPlaying) counted += TICK_MS;
    }
  }
  return counted;
}
