/**
 * Match patterns widened to their whole host (`*://www.icourse163.org/learn/*` → `*://www.icourse163.org/*`).
 * Browsers match a content script against the address a document loads with; a single-page platform
 * that moves from its home page into a lesson with `pushState` would never get the script. Injected on
 * the whole host, it stays idle (reading only the address) until a rule covers the page.
 */
export function hostWide(patterns: readonly string[]): string[] {
  const widened = patterns.map((pattern) => {
    const match = /^([^:]+:\/\/[^/]*)\//.exec(pattern);
    return match ? `${match[1]}/*` : pattern;
  });
  return [...new Set(widened)];
}
