import { describe, expect, it, vi } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { resolveLocale, translate } from '@/storage/i18n';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogs: Record<string, Catalog> = { zh_CN: zhCN, en };

/** The `$1`… substitutions a message uses, directly or through its named placeholders. */
function substitutions(entry: Catalog[string]): string[] {
  const direct = entry.message.match(/\$\d/g) ?? [];
  const named = Object.values(entry.placeholders ?? {}).flatMap((p) => p.content.match(/\$\d/g) ?? []);
  return [...new Set([...direct, ...named])].sort();
}

describe('locale catalogs', () => {
  it('zh_CN and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it.each(Object.keys(zhCN))('%s has the same placeholders in both catalogs', (key) => {
    const zh = catalogs.zh_CN?.[key];
    const english = catalogs.en?.[key];
    expect(zh && english).toBeTruthy();
    if (!zh || !english) return;
    expect(Object.keys(english.placeholders ?? {}).sort()).toEqual(Object.keys(zh.placeholders ?? {}).sort());
    for (const [name, placeholder] of Object.entries(zh.placeholders ?? {})) {
      expect(english.placeholders?.[name]?.content, `${key}.${name}`).toBe(placeholder.content);
    }
    expect(substitutions(english)).toEqual(substitutions(zh));
  });

  it.each(Object.entries(catalogs))('every %s message is non-empty text', (_, catalog) => {
    for (const [key, entry] of Object.entries(catalog)) {
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim().length, key).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(catalogs))('%s keys are valid WebExtension message names', (_, catalog) => {
    for (const key of Object.keys(catalog)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('every $n a message uses is declared by a placeholder', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const [key, entry] of Object.entries(catalog)) {
        const declared = Object.values(entry.placeholders ?? {}).map((p) => p.content);
        for (const used of entry.message.match(/\$\d/g) ?? []) expect(declared, key).toContain(used);
      }
    }
  });
});

describe('translate', () => {
  it('returns the message of the chosen locale', () => {
    expect(translate('zh_CN', 'course')).toBe('课程');
    expect(translate('en', 'course')).toBe('Course');
  });

  it('substitutes $1 and $2 in order', () => {
    expect(translate('en', 'weekProgress', 95, 180)).toBe('95 / 180 min');
    expect(translate('zh_CN', 'weekProgress', 95, 180)).toBe('95 / 180 分钟');
    expect(translate('zh_CN', 'minutes', 0)).toBe('0 分钟');
  });

  it('a missing substitution becomes empty, never "undefined" or a raw $n', () => {
    const text = translate('en', 'weekProgress', 5);
    expect(text).toBe('5 /  min');
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('$2');
  });

  it('substituted text is inserted literally: $ patterns in it are not expanded again', () => {
    expect(translate('en', 'loadFailed', '$2 and $& and $1')).toContain(
      'Could not read your study records: $2 and $& and $1.',
    );
  });

  it('a key missing from the English catalog falls back to Chinese', async () => {
    vi.resetModules();
    const { course: _, ...partial } = en;
    vi.doMock('@/public/_locales/en/messages.json', () => ({ default: partial }));
    try {
      const fresh = await import('@/storage/i18n');
      expect(fresh.translate('en', 'course')).toBe('课程');
      expect(fresh.translate('en', 'lesson')).toBe('Lesson');
    } finally {
      vi.doUnmock('@/public/_locales/en/messages.json');
      vi.resetModules();
    }
  });
});

describe('resolveLocale', () => {
  it('an explicit setting wins over the browser language', () => {
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale('zh_CN', 'en-US')).toBe('zh_CN');
  });

  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['zh-CN', 'zh_CN'],
    ['zh-TW', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['fr-FR', 'zh_CN'],
    ['', 'zh_CN'],
  ] as const)("'auto' with browser language %j resolves to %s", (uiLanguage, expected) => {
    expect(resolveLocale('auto', uiLanguage)).toBe(expected);
  });
});
