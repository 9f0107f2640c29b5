/**
 * Polls until `read` gives a value `done` accepts, or `timeoutMs` passes, and returns the last value read:
 * waits for an event, never for a fixed time. The caller's assertion on the value says what was expected.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  pollMs = 500,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
