/**
 * WebExtension match patterns (`scheme://host/path`) compiled to a URL test. Ports are ignored, as
 * browsers do, and the `#fragment` is never part of a match.
 */
export type MatchPatternError = 'empty' | 'fragment' | 'scheme' | 'host' | 'port' | 'path';

export class InvalidMatchPatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: MatchPatternError,
  ) {
    super(`Invalid match pattern "${pattern}": ${reason}`);
    this.name = 'InvalidMatchPatternError';
  }
}

export interface CompiledMatchPattern {
  pattern: string;
  test(url: string | URL): boolean;
}

const SCHEMES = new Set(['*', 'http', 'https']);

function globToRegExp(glob: string): string {
  return glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
}

/** Parses a match pattern or throws an {@link InvalidMatchPatternError} naming what is wrong. */
export function compileMatchPattern(pattern: string): CompiledMatchPattern {
  const trimmed = pattern.trim();
  if (!trimmed) throw new InvalidMatchPatternError(pattern, 'empty');
  if (trimmed.includes('#')) throw new InvalidMatchPatternError(pattern, 'fragment');
  const parts = /^([^:]+):\/\/([^/]*)(\/.*)$/.exec(trimmed);
  if (!parts) throw new InvalidMatchPatternError(pattern, 'path');
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  if (!SCHEMES.has(scheme)) throw new InvalidMatchPatternError(pattern, 'scheme');
  if (host.includes(':')) throw new InvalidMatchPatternError(pattern, 'port');
  if (!host || !/^(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)$/i.test(host)) {
    throw new InvalidMatchPatternError(pattern, 'host');
  }
  const hostRe =
    host === '*'
      ? /^.*$/
      : host.startsWith('*.')
        ? new RegExp(`^(.+\\.)?${globToRegExp(host.slice(2))}$`, 'i')
        : new RegExp(`^${globToRegExp(host)}$`, 'i');
  const pathRe = new RegExp(`^${globToRegExp(path)}$`);
  return {
    pattern: trimmed,
    test(url) {
      let parsed: URL;
      try {
        parsed = typeof url === 'string' ? new URL(url) : url;
      } catch {
        return false;
      }
      const urlScheme = parsed.protocol.slice(0, -1);
      if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : urlScheme !== scheme) {
        return false;
      }
      return hostRe.test(parsed.hostname) && pathRe.test(parsed.pathname + parsed.search);
    },
  };
}
