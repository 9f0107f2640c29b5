import { describe, expect, it } from 'vitest';
import { type Locale, translate } from '@/storage/i18n';
import { FORM_TEXT_KEYS, formText } from '@/storage/reflections/form-text';

describe('formText', () => {
  for (const locale of ['zh_CN', 'en'] as Locale[]) {
    it(`gives every form string of ${locale} as the locale file has it, with $1 and $2 left for the form`, () => {
      const text = formText(locale);
      expect(Object.keys(text).sort()).toEqual([...FORM_TEXT_KEYS].sort());
      for (const key of FORM_TEXT_KEYS) expect(text[key]).toBe(translate(locale, key, '$1', '$2'));
      expect(text.reflect_counter).toMatch(/\$1/);
    });
  }

  it('differs between the locales', () => {
    expect(formText('en').reflect_save).not.toBe(formText('zh_CN').reflect_save);
  });
});
