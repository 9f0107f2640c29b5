import { describe, expect, it } from 'vitest';
import { format, STRINGS } from '@/widget/strings';

const texts = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
const placeholders = (value: string | string[]) =>
  texts(value).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));

describe('widget strings', () => {
  it('has the same keys in zh-CN and en, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS['zh-CN']).sort());
    for (const strings of Object.values(STRINGS)) {
      for (const value of Object.values(strings)) {
        for (const text of texts(value)) expect(text.trim()).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(STRINGS['zh-CN']) as (keyof typeof STRINGS.en)[]) {
      expect(placeholders(STRINGS.en[key]), key).toEqual(placeholders(STRINGS['zh-CN'][key]));
    }
  });

  it('gives every message state a title and a next step', () => {
    for (const strings of Object.values(STRINGS)) {
      for (const state of ['not-connected', 'consent-needed', 'no-data', 'invalid'] as const) {
        expect(strings[state]).toHaveLength(2);
      }
    }
  });

  it('has seven weekday names, Monday first', () => {
    expect(STRINGS['zh-CN'].weekdays.split(' ')).toHaveLength(7);
    expect(STRINGS.en.weekdays.split(' ')[0]).toBe('Mon');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{done} / {goal} {x}', { done: 1, goal: '2' })).toBe('1 / 2 {x}');
  });
});
