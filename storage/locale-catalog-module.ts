/**
 * The ES modules a build makes of the locale files (public/_locales/<locale>/messages.json) for the scripts.
 * They keep only each key's `message`, all that storage/i18n.ts reads ($1… are substituted by position, so
 * the placeholders and the translators' descriptions stay in the source files). Every locale's catalog is
 * built at load from one shared module that writes each key once and each locale's messages as a list.
 */

type Catalog = Record<string, { message?: unknown }>;

function parse(locale: string, catalogText: string): Catalog {
  const catalog = JSON.parse(catalogText) as Catalog;
  for (const [key, entry] of Object.entries(catalog)) {
    if (typeof entry?.message !== 'string')
      throw new Error(`${locale}: the locale file's "${key}" has no message`);
  }
  return catalog;
}

/**
 * The shared module: `catalog(locale)` returns `{ [key]: { message } }` with exactly the keys that locale's
 * file has. Keys are joined by a space, which no key contains (checked here).
 */
export function localeCatalogsModule(catalogTexts: Record<string, string>): string {
  const catalogs = Object.entries(catalogTexts).map(
    ([locale, text]) => [locale, parse(locale, text)] as const,
  );
  const keys = [...new Set(catalogs.flatMap(([, catalog]) => Object.keys(catalog)))];
  for (const key of keys) if (/\s/.test(key)) throw new Error(`locale key "${key}" has white space`);
  const lists = catalogs.map(
    ([locale, catalog]) =>
      `${JSON.stringify(locale)}: ${JSON.stringify(keys.map((key) => catalog[key]?.message ?? null))}`,
  );
  return [
    `const keys = ${JSON.stringify(keys.join(' '))}.split(' ');`,
    `const messages = { ${lists.join(', ')} };`,
    'export function catalog(locale) {',
    '  const list = messages[locale];',
    '  const out = {};',
    '  keys.forEach((key, index) => { if (list[index] !== null) out[key] = { message: list[index] }; });',
    '  return out;',
    '}',
    'export const entry = (messages, key) => messages[key];',
    '',
  ].join('\n');
}

/**
 * One locale file's module: the whole catalog as its default export, built by the shared module; and each
 * key as a named export that reads it from there. The named reads are marked pure, so the bundler drops
 * every key no script imports by name, and the text of the ones kept is not written twice.
 */
export function localeCatalogModule(locale: string, catalogText: string, sharedModuleId: string): string {
  const catalog = parse(locale, catalogText);
  const reads: string[] = [];
  const names: string[] = [];
  for (const [index, key] of Object.keys(catalog).entries()) {
    reads.push(`const m${index} = /* @__PURE__ */ entry(messages, ${JSON.stringify(key)});`);
    names.push(`m${index} as ${JSON.stringify(key)}`);
  }
  return [
    `import { catalog, entry } from ${JSON.stringify(sharedModuleId)};`,
    `const messages = /* @__PURE__ */ catalog(${JSON.stringify(locale)});`,
    'export default messages;',
    ...reads,
    `export { ${names.join(', ')} };`,
    '',
  ].join('\n');
}
