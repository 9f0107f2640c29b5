import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { localeCatalogModule, localeCatalogsModule } from '@/storage/locale-catalog-module';

type Messages = Record<string, { message: string }>;

const ROOT = new URL('../../', import.meta.url);
const LOCALES = ['en', 'zh_CN'] as const;
const read = (locale: string) =>
  readFileSync(new URL(`public/_locales/${locale}/messages.json`, ROOT), 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'locale-catalog-module-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let written = 0;
/** Writes the build's modules for these locale files and imports each locale's module as a build would. */
async function load(texts: Record<string, string>): Promise<Record<string, Record<string, unknown>>> {
  const dir = join(folder, String(written++));
  const shared = pathToFileURL(`${dir}-shared.mjs`).href;
  writeFileSync(`${dir}-shared.mjs`, localeCatalogsModule(texts));
  const modules: Record<string, Record<string, unknown>> = {};
  for (const [locale, text] of Object.entries(texts)) {
    const path = `${dir}-${locale}.mjs`;
    writeFileSync(path, localeCatalogModule(locale, text, shared));
    modules[locale] = await import(/* @vite-ignore */ pathToFileURL(path).href);
  }
  return modules;
}

/** What storage/i18n.ts needs of a locale file: each key with its message. */
const messagesOf = (text: string): Messages =>
  Object.fromEntries(
    Object.entries(JSON.parse(text) as Messages).map(([key, entry]) => [key, { message: entry.message }]),
  );

describe('the locale catalogs a build bundles into the scripts', () => {
  it('give every key of each locale file with its message, and no other key', async () => {
    const texts = Object.fromEntries(LOCALES.map((locale) => [locale, read(locale)]));
    const modules = await load(texts);
    for (const locale of LOCALES) {
      expect(modules[locale]?.default).toEqual(messagesOf(read(locale)));
    }
  });

  it('export each key by name with the same message', async () => {
    const texts = Object.fromEntries(LOCALES.map((locale) => [locale, read(locale)]));
    const modules = await load(texts);
    for (const locale of LOCALES) {
      const { default: whole, ...named } = modules[locale] ?? {};
      expect(named).toEqual(messagesOf(read(locale)));
      expect(whole).toEqual(named);
    }
  });

  it('leave out descriptions and placeholders, which the scripts never read', () => {
    const en = JSON.stringify({
      minutes: {
        message: '$1 min',
        description: 'Minutes studied',
        placeholders: { count: { content: '$1' } },
      },
    });
    const code = `${localeCatalogsModule({ en })}${localeCatalogModule('en', en, 'shared')}`;
    expect(code).toContain('$1 min');
    expect(code).not.toContain('Minutes studied');
    expect(code).not.toContain('placeholders');
  });

  it('keep a key one locale lacks absent there, so translation falls back to the default locale', async () => {
    const modules = await load({
      en: JSON.stringify({ a: { message: 'A' } }),
      zh_CN: JSON.stringify({ a: { message: '甲' }, b: { message: '乙' } }),
    });
    expect(modules.en?.default).toEqual({ a: { message: 'A' } });
    expect(modules.zh_CN?.default).toEqual({ a: { message: '甲' }, b: { message: '乙' } });
  });

  it('refuse an entry without a message and a key with white space', () => {
    expect(() => localeCatalogsModule({ en: JSON.stringify({ a: { description: 'x' } }) })).toThrow(
      /"a" has no message/,
    );
    expect(() => localeCatalogsModule({ en: JSON.stringify({ 'a b': { message: 'x' } }) })).toThrow(
      /white space/,
    );
  });
});
