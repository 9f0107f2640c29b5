/** Control characters and bidirectional overrides: they could make a name read differently in a table. */
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Imported text as the ledger stores it: plain text with control characters replaced by spaces, cut to
 * `max`. It is never markup; renderers escape it for their format (HTML, CSV, .xlsx).
 */
export function inertText(text: string, max: number): string {
  return text.replace(UNSAFE, ' ').slice(0, max);
}
