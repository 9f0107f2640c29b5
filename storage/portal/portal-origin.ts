import { compileMatchPattern } from '../platforms/match-pattern';

/** Why an entered portal address cannot be allowed. */
export type PortalOriginError = 'invalid' | 'scheme' | 'insecure' | 'credentials';

export type PortalOriginResult = { ok: true; origin: string } | { ok: false; error: PortalOriginError };

/** Loopback hosts, where plain http is as private as https (a portal tried out on the learner's machine). */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The origin a learner means by what they typed: a bare host is taken as https (http on loopback), a
 * pasted page address is cut to its origin. Only https is allowed, or http on loopback: elsewhere anyone on the network could
 * pose as the portal.
 */
export function parsePortalOrigin(input: string): PortalOriginResult {
  const text = input.trim();
  if (!text || /\s/.test(text)) return { ok: false, error: 'invalid' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d/.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
    // A bare loopback host is a portal tried out on this machine, served over plain http.
    if (!hasScheme && isLoopbackHost(url.hostname)) url = new URL(`http://${text}`);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'scheme' };
  if (!url.hostname) return { ok: false, error: 'invalid' };
  if (url.username || url.password) return { ok: false, error: 'credentials' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { ok: false, error: 'insecure' };
  return { ok: true, origin: url.origin };
}

/** A stored origin as `parsePortalOrigin` would give it, or undefined when it would be refused now. */
export function normalizeStoredOrigin(stored: string): string | undefined {
  if (!/^https?:\/\//i.test(stored)) return undefined;
  const parsed = parsePortalOrigin(stored);
  return parsed.ok ? parsed.origin : undefined;
}

/**
 * The host permission and content-script match pattern of an origin. Match patterns carry no port, so
 * `http://127.0.0.1:8080` gives `http://127.0.0.1/*`: the exact origin is checked again on every request.
 */
export function patternForOrigin(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * The host permission an origin being removed may give back: none when another allowed origin (another
 * port of the same host) or another feature's pattern (a user platform rule) still covers its host.
 */
export function patternsToRelease(
  removed: string,
  remaining: readonly string[],
  otherPatterns: readonly string[] = [],
): string[] {
  const pattern = patternForOrigin(removed);
  const page = `${removed}/`;
  const sharedWithOrigin = remaining.some((origin) => {
    const normalized = normalizeStoredOrigin(origin);
    return normalized !== undefined && patternForOrigin(normalized) === pattern;
  });
  const sharedWithOther = otherPatterns.some((other) => {
    try {
      return compileMatchPattern(other).test(page);
    } catch {
      return false;
    }
  });
  return sharedWithOrigin || sharedWithOther ? [] : [pattern];
}
