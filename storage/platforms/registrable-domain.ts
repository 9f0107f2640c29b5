import { getDomain } from 'tldts';

/**
 * Whether `*.<suffix>` would cover sites of many owners: the suffix is itself a public suffix (`edu.cn`,
 * `com.cn`, `github.io`, by the Public Suffix List, private section included), or has no registrable
 * domain at all (a bare label, an IP address). `*.example.edu.cn` names one registrable domain.
 */
export function isBroaderThanOneDomain(suffix: string): boolean {
  const domain = getDomain(suffix, { allowPrivateDomains: true });
  return domain === null || domain === '' || !(suffix === domain || suffix.endsWith(`.${domain}`));
}
