import { normalizeStoredOrigin, patternForOrigin } from '../portal/portal-origin';
import type { PlatformRule } from '../schemas/platform-rule';
import { compileMatchPattern } from './match-pattern';

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

/** What holds optional host permissions: the user's platform rules and the portals they allowed. */
export interface HostUsers {
  customRules: readonly Pick<PlatformRule, 'matches'>[];
  portalOrigins: readonly string[];
}

function tolerantOrigins(rule: Pick<PlatformRule, 'matches'>): string[] {
  try {
    return originsForRule(rule);
  } catch {
    return []; // a stored pattern without a host asks for nothing
  }
}

/** Every host permission the user's rules and allowed portals need. */
export function originsInUse(users: HostUsers): string[] {
  const portals = users.portalOrigins.flatMap((stored) => {
    const origin = normalizeStoredOrigin(stored);
    return origin ? [patternForOrigin(origin)] : [];
  });
  return [...new Set([...users.customRules.flatMap(tolerantOrigins), ...portals])];
}

/** A URL on the hosts of an origin pattern (`*://*.a.cn/*` → `https://a.cn/`), or undefined. */
function sampleUrl(origin: string): string | undefined {
  const parts = /^([^:]+):\/\/([^/]+)\//.exec(origin);
  if (!parts || parts[2] === '*') return undefined;
  const scheme = parts[1] === '*' ? 'https' : parts[1];
  return `${scheme}://${(parts[2] as string).replace(/^\*\./, '')}/`;
}

/**
 * Of the granted origins, those nothing in `keep` needs: not kept themselves, and not covering the hosts
 * of a kept one (giving back `*://*.a.cn/*` could take `*://x.a.cn/*` with it).
 */
export function releasableOrigins(granted: readonly string[], keep: readonly string[]): string[] {
  const kept = new Set(keep);
  const samples = keep.flatMap((origin) => sampleUrl(origin) ?? []);
  return [...new Set(granted)].filter((origin) => {
    if (kept.has(origin)) return false;
    try {
      const pattern = compileMatchPattern(origin);
      return !samples.some((url) => pattern.test(url));
    } catch {
      return false; // not a pattern this code understands: leave it alone
    }
  });
}
