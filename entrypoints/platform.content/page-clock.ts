/**
 * The clocks and timers a page-side module uses. In a browser: `Date.now()` only for the timestamps
 * heartbeats carry, `performance.now()` (monotonic, never set back) for ages, throttles and lapses. The
 * replay simulator passes its own virtual clocks.
 */
export interface PageClock {
  /** ms since epoch: what gets stored. */
  wallNow(): number;
  /** ms on a monotonic clock of this page: what ages and intervals are measured on. */
  monoNow(): number;
  setTimeout(run: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const BROWSER_CLOCK: PageClock = {
  wallNow: () => Date.now(),
  monoNow: () => performance.now(),
  setTimeout: (run, delayMs) => setTimeout(run, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
