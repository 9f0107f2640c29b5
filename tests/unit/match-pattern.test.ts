import { describe, expect, it } from 'vitest';
import {
  compileMatchPattern,
  InvalidMatchPatternError,
  type MatchPatternError,
} from '@/storage/platforms/match-pattern';

const matches = (pattern: string, url: string) => compileMatchPattern(pattern).test(url);

function reasonOf(pattern: string): MatchPatternError | undefined {
  try {
    compileMatchPattern(pattern);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidMatchPatternError);
    return (error as InvalidMatchPatternError).reason;
  }
}

describe('compileMatchPattern: valid patterns', () => {
  it('scheme * matches http and https', () => {
    expect(matches('*://example.com/*', 'http://example.com/a')).toBe(true);
    expect(matches('*://example.com/*', 'https://example.com/a')).toBe(true);
  });

  it('scheme * matches no other scheme', () => {
    for (const url of [
      'ftp://example.com/a',
      'file://example.com/a',
      'ws://example.com/a',
      'chrome-extension://example.com/a',
    ]) {
      expect(matches('*://example.com/*', url), url).toBe(false);
    }
  });

  it('an explicit scheme matches only that scheme', () => {
    expect(matches('https://example.com/*', 'https://example.com/')).toBe(true);
    expect(matches('https://example.com/*', 'http://example.com/')).toBe(false);
    expect(matches('http://example.com/*', 'https://example.com/')).toBe(false);
  });

  it('*.host matches the host itself and any subdomain depth', () => {
    const pattern = '*://*.smartedu.cn/*';
    expect(matches(pattern, 'https://smartedu.cn/')).toBe(true);
    expect(matches(pattern, 'https://basic.smartedu.cn/x')).toBe(true);
    expect(matches(pattern, 'https://core.teacher.vocational.smartedu.cn/p/course')).toBe(true);
  });

  it('*.host does not match a host that merely ends with the same letters or contains it', () => {
    const pattern = '*://*.smartedu.cn/*';
    expect(matches(pattern, 'https://evilsmartedu.cn/')).toBe(false);
    expect(matches(pattern, 'https://smartedu.cn.evil.com/')).toBe(false);
    expect(matches(pattern, 'https://evil.com/?next=smartedu.cn')).toBe(false);
  });

  it('a plain host matches only that exact host, not its subdomains', () => {
    expect(matches('*://study.enaea.edu.cn/*', 'https://study.enaea.edu.cn/')).toBe(true);
    expect(matches('*://study.enaea.edu.cn/*', 'https://x.study.enaea.edu.cn/')).toBe(false);
    expect(matches('*://study.enaea.edu.cn/*', 'https://enaea.edu.cn/')).toBe(false);
  });

  it('host * matches any host', () => {
    expect(matches('https://*/*', 'https://anything.example.org/x')).toBe(true);
    expect(matches('https://*/*', 'https://127.0.0.1/')).toBe(true);
  });

  it('host matching ignores letter case', () => {
    expect(matches('*://WWW.Example.COM/*', 'https://www.example.com/')).toBe(true);
    expect(matches('*://www.example.com/*', 'https://WWW.EXAMPLE.COM/')).toBe(true);
  });

  it('a user-info prefix cannot smuggle a matching host into the URL', () => {
    expect(matches('*://study.enaea.edu.cn/*', 'https://study.enaea.edu.cn@evil.com/')).toBe(false);
  });

  it('ports in the URL are ignored', () => {
    expect(matches('*://example.com/*', 'https://example.com:8443/a')).toBe(true);
    expect(matches('http://127.0.0.1/platform/*', 'http://127.0.0.1:8123/platform/lesson-1.html')).toBe(true);
  });

  it('the path glob * covers the query string', () => {
    expect(
      matches(
        '*://*.chaoxing.com/mycourse/studentstudy*',
        'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=1&courseId=2',
      ),
    ).toBe(true);
    expect(matches('*://example.com/a?x=*', 'https://example.com/a?x=1')).toBe(true);
    expect(matches('*://example.com/a?x=*', 'https://example.com/a?y=1')).toBe(false);
  });

  it('a path without a glob must match the whole path', () => {
    expect(matches('*://example.com/exact', 'https://example.com/exact')).toBe(true);
    expect(matches('*://example.com/exact', 'https://example.com/exact/more')).toBe(false);
    expect(matches('*://example.com/exact', 'https://example.com/exact?q=1')).toBe(false);
    expect(matches('*://example.com/exact', 'https://example.com/')).toBe(false);
  });

  it('glob-free path characters are literal, not regular-expression syntax', () => {
    expect(matches('*://example.com/a.b', 'https://example.com/a.b')).toBe(true);
    expect(matches('*://example.com/a.b', 'https://example.com/aXb')).toBe(false);
    expect(matches('*://example.com/(x)+', 'https://example.com/(x)+')).toBe(true);
    expect(matches('*://example.com/(x)+', 'https://example.com/xx')).toBe(false);
  });

  it('the path must start where the pattern says', () => {
    expect(matches('*://www.icourse163.org/learn/*', 'https://www.icourse163.org/learn/PKU-1001')).toBe(true);
    expect(matches('*://www.icourse163.org/learn/*', 'https://www.icourse163.org/course/PKU-1001')).toBe(
      false,
    );
    expect(matches('*://www.icourse163.org/learn/*', 'https://www.icourse163.org/x/learn/PKU-1001')).toBe(
      false,
    );
  });

  it('the fragment never matters to a match', () => {
    const pattern = '*://www.icourse163.org/learn/*';
    expect(matches(pattern, 'https://www.icourse163.org/learn/PKU-1001#/learn/content?id=1')).toBe(true);
    expect(matches('*://example.com/page', 'https://example.com/page#anything/at/all')).toBe(true);
    // A path named only after the hash is not the page's path.
    expect(matches('*://example.com/learn/*', 'https://example.com/#/learn/x')).toBe(false);
  });

  it('accepts a URL object as well as a string', () => {
    expect(compileMatchPattern('*://example.com/*').test(new URL('https://example.com/a'))).toBe(true);
  });

  it('an unparsable URL is simply not a match', () => {
    expect(matches('*://example.com/*', 'not a url')).toBe(false);
    expect(matches('*://example.com/*', '')).toBe(false);
  });

  it('surrounding whitespace in a pattern is trimmed', () => {
    const compiled = compileMatchPattern('  *://example.com/*  ');
    expect(compiled.pattern).toBe('*://example.com/*');
    expect(compiled.test('https://example.com/')).toBe(true);
  });
});

describe('compileMatchPattern: invalid patterns name their reason', () => {
  it.each<[string, MatchPatternError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['*://example.com/page#section', 'fragment'],
    ['*://example.com/#/learn/*', 'fragment'],
    ['ftp://example.com/*', 'scheme'],
    ['file:///tmp/*', 'scheme'],
    ['chrome-extension://abc/*', 'scheme'],
    ['HTTP://example.com/*', 'scheme'],
    ['*://example.com:8080/*', 'port'],
    ['http://127.0.0.1:*/*', 'port'],
    ['*:///*', 'host'],
    ['*://exa*mple.com/*', 'host'],
    ['*://*example.com/*', 'host'],
    ['*://example.*/*', 'host'],
    ['*://exa mple.com/*', 'host'],
    ['*://example.com', 'path'],
    ['example.com/*', 'path'],
    ['<all_urls>', 'path'],
  ])('%j is rejected as %s', (pattern, reason) => {
    expect(reasonOf(pattern)).toBe(reason);
  });

  it('the error carries the pattern and a readable message', () => {
    try {
      compileMatchPattern('*://example.com:8080/*');
      expect.unreachable('should have thrown');
    } catch (error) {
      const invalid = error as InvalidMatchPatternError;
      expect(invalid.name).toBe('InvalidMatchPatternError');
      expect(invalid.pattern).toBe('*://example.com:8080/*');
      expect(invalid.message).toContain('*://example.com:8080/*');
      expect(invalid.message).toContain('port');
    }
  });
});
