import { BROWSER_CLOCK, type PageClock } from './page-clock';

/** Runs `work` at most once per `intervalMs` (monotonic), trailing: a burst of calls ends in one run. */
export function throttle(work: () => void, intervalMs: number, clock: PageClock = BROWSER_CLOCK): () => void {
  let armed = false;
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    if (armed) return;
    armed = true;
    const wait = Math.max(0, Math.min(intervalMs, last + intervalMs - clock.monoNow()));
    clock.setTimeout(() => {
      armed = false;
      last = clock.monoNow();
      work();
    }, wait);
  };
}
