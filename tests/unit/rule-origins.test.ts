import { describe, expect, it } from 'vitest';
import { originOfPattern, originsForRule, originsToRelease } from '@/storage/platforms/rule-origins';

describe('originsForRule', () => {
  it('asks for the scheme and host of each pattern, with any path', () => {
    expect(originsForRule({ matches: ['*://*.example.edu.cn/course/*'] })).toEqual([
      '*://*.example.edu.cn/*',
    ]);
    expect(originsForRule({ matches: ['https://study.example.cn/viewer.do?id=*'] })).toEqual([
      'https://study.example.cn/*',
    ]);
  });

  it('asks once per host, in pattern order', () => {
    expect(
      originsForRule({
        matches: [
          '*://mooc.example.edu.cn/learn/*',
          '*://player.example.edu.cn/*',
          '*://mooc.example.edu.cn/spoc/learn/*',
          'http://mooc.example.edu.cn/*',
        ],
      }),
    ).toEqual(['*://mooc.example.edu.cn/*', '*://player.example.edu.cn/*', 'http://mooc.example.edu.cn/*']);
  });

  it('throws with the pattern named for something that is not scheme://host/path', () => {
    expect(() => originOfPattern('example.edu.cn/*')).toThrow(/example\.edu\.cn\/\*/);
  });
});

describe('originsToRelease', () => {
  it('gives back only hosts no remaining rule needs', () => {
    const deleted = { matches: ['*://a.example.cn/x/*', '*://b.example.cn/*'] };
    const remaining = [{ matches: ['*://a.example.cn/y/*'] }, { matches: ['*://c.example.cn/*'] }];
    expect(originsToRelease(deleted, remaining)).toEqual(['*://b.example.cn/*']);
  });

  it('gives back every host of the last rule', () => {
    expect(originsToRelease({ matches: ['https://a.example.cn/*'] }, [])).toEqual(['https://a.example.cn/*']);
  });
});
