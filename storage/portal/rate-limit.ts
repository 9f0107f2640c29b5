/**
 * A sliding-window limit: at most `max` accepted calls in any `windowMs`. Time is a parameter (a
 * monotonic clock in the page, `performance.now()`), so tests pass their own.
 */
export function createRateLimiter(max: number, windowMs: number) {
  const accepted: number[] = [];
  return {
    /** True when a call at `now` (ms) is within the limit; it then counts against the window. */
    take(now: number): boolean {
      while (accepted.length > 0 && now - (accepted[0] as number) >= windowMs) accepted.shift();
      if (accepted.length >= max) return false;
      accepted.push(now);
      return true;
    },
  };
}
