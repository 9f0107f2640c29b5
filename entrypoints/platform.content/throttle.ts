/** Runs `work` at most once per `intervalMs`, trailing: a burst of calls ends in one run. */
export function throttle(work: () => void, intervalMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  return () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, last + intervalMs - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      last = Date.now();
      work();
    }, wait);
  };
}
