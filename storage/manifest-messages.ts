/**
 * The locale files the browser reads (`_locales/<locale>/messages.json` in a build) serve only the manifest's
 * `__MSG_…__` names: the pages and the background translate from the catalogs bundled into their scripts
 * (storage/i18n.ts) and never call `i18n.getMessage`. So a build ships these keys alone in them.
 */
export const MANIFEST_MESSAGE_KEYS = ['extName', 'extDescription'] as const;

/** A locale file's text cut to the manifest's keys, each with its message, description and placeholders. */
export function manifestMessages(catalogText: string): string {
  const catalog = JSON.parse(catalogText) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of MANIFEST_MESSAGE_KEYS) {
    if (!(key in catalog)) throw new Error(`the locale file has no "${key}", which the manifest names`);
    kept[key] = catalog[key];
  }
  return `${JSON.stringify(kept, null, 2)}\n`;
}
