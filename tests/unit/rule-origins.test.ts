import { describe, expect, it } from 'vitest';
import {
  originOfPattern,
  originsForRule,
  originsInUse,
  originsToRelease,
  releasableOrigins,
} from '@/storage/platforms/rule-origins';

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

describe('originsInUse and releasableOrigins', () => {
  it('rules and allowed portals hold hosts; a broken stored pattern or portal holds none', () => {
    expect(
      originsInUse({
        customRules: [{ matches: ['*://a.example.cn/x/*'] }, { matches: ['no-host'] }],
        portalOrigins: ['https://portal.example.edu.cn', 'ftp://nope'],
      }),
    ).toEqual(['*://a.example.cn/*', 'https://portal.example.edu.cn/*']);
  });

  it('gives back what nothing keeps, never a kept origin or a wildcard covering a kept host', () => {
    expect(
      releasableOrigins(
        ['*://a.example.cn/*', '*://*.example.cn/*', '*://b.other.cn/*', 'https://c.other.cn/*', 'weird'],
        ['*://a.example.cn/*', 'https://c.other.cn/*'],
      ),
    ).toEqual(['*://b.other.cn/*']);
  });

  it('a kept wildcard does not keep a narrower origin it covers (the wildcard still gives access)', () => {
    expect(releasableOrigins(['*://x.example.cn/*'], ['*://*.example.cn/*'])).toEqual(['*://x.example.cn/*']);
  });
});
