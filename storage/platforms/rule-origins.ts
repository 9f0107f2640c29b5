import type { PlatformRule } from '../schemas/platform-rule';

/** The host permission a match pattern needs: its scheme and host with any path (`*://*.a.cn/x/*` → `*://*.a.cn/*`). */
export function originOfPattern(pattern: string): string {
  const parts = /^([^:]+):\/\/([^/]*)\//.exec(pattern.trim());
  if (!parts) throw new Error(`originOfPattern: "${pattern}" is not a scheme://host/path match pattern`);
  return `${parts[1]}://${parts[2]}/*`;
}

/** The host permission origins to request for a rule, one per distinct scheme and host, in pattern order. */
export function originsForRule(rule: Pick<PlatformRule, 'matches'>): string[] {
  return [...new Set(rule.matches.map(originOfPattern))];
}

/** Origins of a deleted rule that no remaining rule still needs: safe to give back (least privilege). */
export function originsToRelease(
  deleted: Pick<PlatformRule, 'matches'>,
  remaining: readonly Pick<PlatformRule, 'matches'>[],
): string[] {
  const stillNeeded = new Set(remaining.flatMap(originsForRule));
  return originsForRule(deleted).filter((origin) => !stillNeeded.has(origin));
}
