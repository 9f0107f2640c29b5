import { useCallback, useEffect, useState } from 'preact/hooks';
import { originsForRule } from '@/storage/platforms/rule-origins';
import type { CustomRule } from '@/storage/schemas/settings';

/**
 * Which rules have their host permission, by rule id (missing while unknown). Checked again when the
 * rules change, when the window regains focus (a permission may be revoked in the browser's own
 * settings) and on `recheck()`.
 */
export function useGrantedRules(
  rules: readonly CustomRule[],
  hasOrigins: (origins: string[]) => Promise<boolean>,
): { granted: Record<string, boolean>; recheck: () => void } {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [tick, setTick] = useState(0);
  const recheck = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    const check = async (rule: CustomRule) => {
      try {
        return await hasOrigins(originsForRule(rule));
      } catch {
        return false;
      }
    };
    void Promise.all(rules.map(check)).then((answers) => {
      if (live) setGranted(Object.fromEntries(rules.map((rule, i) => [rule.id, answers[i] ?? false])));
    });
    return () => {
      live = false;
    };
  }, [rules, hasOrigins, tick]);

  useEffect(() => {
    window.addEventListener('focus', recheck);
    return () => window.removeEventListener('focus', recheck);
  }, [recheck]);

  return { granted, recheck };
}
