/**
 * Query parameters that change while one lesson stays on screen: cache busters and timestamps, player
 * positions, per-visit signatures and tokens, tracking tags. Compared lower-cased.
 */
const VOLATILE_PARAMS = new Set([
  '_',
  't',
  'ts',
  'time',
  'timestamp',
  'rnd',
  'rand',
  'random',
  'nocache',
  'cachebuster',
  'position',
  'pos',
  'currenttime',
  'playtime',
  'progress',
  'seek',
  'start',
  // 超星 signs every visit's URL anew (enc, openc); tokens and session ids identify the learner.
  'enc',
  'openc',
  'token',
  'access_token',
  'ticket',
  'sessionid',
  'jsessionid',
  'sid',
  'spm',
  'from',
  'fbclid',
  'gclid',
  'replay',
]);

function isVolatile(name: string): boolean {
  const lower = name.toLowerCase();
  return VOLATILE_PARAMS.has(lower) || lower.startsWith('utm_');
}

/** The query without volatile parameters, sorted by name (then value), as `?a=1&b=2`, or ''. */
export function normalizeQuery(search: string): string {
  const kept = [...new URLSearchParams(search)]
    .filter(([name]) => !isVolatile(name))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  return kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
}

/**
 * A fragment is kept only when it is an in-page route (`#/learn/…`, `#!/…`): anchors (`#top`) and
 * player positions (`#t=120`) are not lessons. A route's own query is normalised like the URL's.
 */
export function normalizeRouteHash(hash: string): string {
  if (!/^#(\/|!)/.test(hash)) return '';
  const at = hash.indexOf('?');
  return at < 0 ? hash : `${hash.slice(0, at)}${normalizeQuery(hash.slice(at))}`;
}

/**
 * The conservative, generic lesson URL for a platform without a known URL shape (docs/architecture.md section 4;
 * docs/tracking.md "Course and lesson keys"): scheme, host and path, the query without volatile
 * parameters and sorted, the fragment only when it is a route. Credentials and `;jsessionid=` never
 * stay. Returns '' for a URL that does not parse.
 */
export function normalizeLessonUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const path = parsed.pathname.replace(/;jsessionid=[^/]*/gi, '');
  return `${parsed.protocol}//${parsed.host}${path}${normalizeQuery(parsed.search)}${normalizeRouteHash(parsed.hash)}`;
}
