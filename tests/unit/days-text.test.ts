import { describe, expect, it } from 'vitest';
import { daysText } from '@/storage/days-text';

describe('daysText', () => {
  it('says one day in the singular and other counts in the plural, in English', () => {
    expect(daysText(1, 'en')).toBe('1 day');
    expect(daysText(0, 'en')).toBe('0 days');
    expect(daysText(2, 'en')).toBe('2 days');
    expect(daysText(1200, 'en')).toBe('1,200 days');
  });

  it('has one form in Chinese', () => {
    expect(daysText(1, 'zh_CN')).toBe('1 天');
    expect(daysText(12, 'zh_CN')).toBe('12 天');
  });
});
