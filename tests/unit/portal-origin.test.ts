import { describe, expect, it } from 'vitest';
import {
  isLoopbackHost,
  normalizeStoredOrigin,
  parsePortalOrigin,
  patternForOrigin,
  patternsToRelease,
} from '@/storage/portal/portal-origin';

describe('parsePortalOrigin', () => {
  it.each([
    ['https://portal.school.edu.cn', 'https://portal.school.edu.cn'],
    ['  https://portal.school.edu.cn/  ', 'https://portal.school.edu.cn'],
    ['https://portal.school.edu.cn/xg/index.html?id=7#top', 'https://portal.school.edu.cn'],
    ['portal.school.edu.cn', 'https://portal.school.edu.cn'],
    ['HTTPS://Portal.School.EDU.cn:8443/a', 'https://portal.school.edu.cn:8443'],
    ['https://portal.school.edu.cn:443', 'https://portal.school.edu.cn'],
    ['http://127.0.0.1:8123/portal/', 'http://127.0.0.1:8123'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    ['localhost:3000', 'http://localhost:3000'],
    ['127.0.0.1:8123/portal/', 'http://127.0.0.1:8123'],
    ['https://localhost:3000', 'https://localhost:3000'],
  ])('%j is the origin %s', (input, origin) => {
    expect(parsePortalOrigin(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'invalid'],
    ['   ', 'invalid'],
    ['portal school', 'invalid'],
    ['https://', 'invalid'],
    ['ftp://portal.school.edu.cn', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['chrome-extension://abc/page.html', 'scheme'],
    ['http://portal.school.edu.cn', 'insecure'],
    ['http://10.0.0.5', 'insecure'],
    ['http://localhost.evil.cn', 'insecure'],
    ['http://127.0.0.1.evil.cn', 'insecure'],
    ['https://user:secret@portal.school.edu.cn', 'credentials'],
  ])('refuses %j (%s)', (input, error) => {
    expect(parsePortalOrigin(input)).toEqual({ ok: false, error });
  });
});

describe('isLoopbackHost', () => {
  it('knows localhost, 127.x.x.x and [::1], and nothing that merely starts like them', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(
      ['localhost.cn', '127.0.0.1.nip.io', '128.0.0.1', '0.0.0.0', 'example.com'].some(isLoopbackHost),
    ).toBe(false);
  });
});

describe('normalizeStoredOrigin', () => {
  it('keeps what the form would accept and drops the rest (a hand-edited http origin on the network)', () => {
    expect(normalizeStoredOrigin('https://portal.school.edu.cn/')).toBe('https://portal.school.edu.cn');
    expect(normalizeStoredOrigin('http://portal.school.edu.cn')).toBeUndefined();
    expect(normalizeStoredOrigin('portal.school.edu.cn')).toBeUndefined();
  });
});

describe('patternForOrigin', () => {
  it('is the scheme and host with any path, without the port (match patterns carry none)', () => {
    expect(patternForOrigin('https://portal.school.edu.cn')).toBe('https://portal.school.edu.cn/*');
    expect(patternForOrigin('http://127.0.0.1:8123')).toBe('http://127.0.0.1/*');
  });
});

describe('patternsToRelease', () => {
  it('gives the host back when nothing else needs it', () => {
    expect(patternsToRelease('https://a.edu.cn', ['https://b.edu.cn'])).toEqual(['https://a.edu.cn/*']);
  });

  it('keeps it while another port of the same host is allowed', () => {
    expect(patternsToRelease('http://127.0.0.1:8123', ['http://127.0.0.1:9000'])).toEqual([]);
  });

  it('keeps it while a user platform rule covers the host', () => {
    expect(patternsToRelease('https://a.edu.cn', [], ['*://a.edu.cn/*'])).toEqual([]);
    expect(patternsToRelease('https://a.edu.cn', [], ['*://*.edu.cn/*'])).toEqual([]);
    expect(patternsToRelease('https://a.edu.cn', [], ['*://b.edu.cn/*', 'not a pattern'])).toEqual([
      'https://a.edu.cn/*',
    ]);
  });
});
