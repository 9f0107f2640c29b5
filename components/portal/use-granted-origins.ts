import { useCallback, useEffect, useState } from 'preact/hooks';
import { patternForOrigin } from '@/storage/portal/portal-origin';

/**
 * Which portal origins have their host permission (missing while unknown). Checked again when the list
 * changes, when the window regains focus (a permission may be taken back in the browser's own settings)
 * and on `recheck()`.
 */
export function useGrantedOrigins(
  origins: readonly string[],
  hasOrigins: (patterns: string[]) => Promise<boolean>,
): { granted: Record<string, boolean>; recheck: () => void } {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [tick, setTick] = useState(0);
  const recheck = useCallback(() => setTick((n) => n + 1), []);
  const key = origins.join('\n');

  // `key`, not the array: a new array with the same origins (every settings change) checks nothing again.
  useEffect(() => {
    let live = true;
    const check = async (origin: string) => {
      try {
        return await hasOrigins([patternForOrigin(origin)]);
      } catch {
        return false;
      }
    };
    void Promise.all(origins.map(check)).then((answers) => {
      if (live) setGranted(Object.fromEntries(origins.map((origin, i) => [origin, answers[i] ?? false])));
    });
    return () => {
      live = false;
    };
  }, [key, hasOrigins, tick]);

  useEffect(() => {
    window.addEventListener('focus', recheck);
    return () => window.removeEventListener('focus', recheck);
  }, [recheck]);

  return { granted, recheck };
}
