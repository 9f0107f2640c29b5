import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST_MESSAGE_KEYS, manifestMessages } from '@/storage/manifest-messages';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

/** Source files of the extension (tracked and new), whose text is scanned for browser-catalog uses. */
function sourceFiles(): string[] {
  const listed = execFileSync(
    'git',
    [
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      'entrypoints',
      'components',
      'storage',
      'widget',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return listed.split('\n').filter((path) => /\.(ts|tsx|html)$/.test(path));
}

describe('the locale files a build ships', () => {
  it.each(['en', 'zh_CN'])(
    '%s keeps only the manifest keys, each exactly as the locale file has it',
    (locale) => {
      const source = read(`public/_locales/${locale}/messages.json`);
      const whole = JSON.parse(source) as Record<string, unknown>;
      const kept = JSON.parse(manifestMessages(source)) as Record<string, unknown>;
      expect(Object.keys(kept)).toEqual([...MANIFEST_MESSAGE_KEYS]);
      for (const key of MANIFEST_MESSAGE_KEYS) expect(kept[key]).toEqual(whole[key]);
      expect(Object.keys(whole).length).toBeGreaterThan(Object.keys(kept).length);
    },
  );

  it('every __MSG_ name of the manifest is kept', () => {
    const named = [...`${read('wxt.config.ts')}${read('package.json')}`.matchAll(/__MSG_(\w+)__/g)].map(
      (match) => match[1],
    );
    expect(named.length).toBeGreaterThan(0);
    for (const key of named) expect(MANIFEST_MESSAGE_KEYS).toContain(key);
  });

  it('no extension code asks the browser for a message that the cut files no longer have', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);
    // The module that cuts the files names both in its explanation.
    const asking = files
      .filter((path) => path !== 'storage/manifest-messages.ts')
      .filter((path) => /\bgetMessage\s*\(|__MSG_/.test(read(path)));
    expect(asking).toEqual([]);
  });

  it('a locale file without a manifest key is refused, not shipped without it', () => {
    expect(() => manifestMessages(JSON.stringify({ extName: { message: 'x' } }))).toThrow(/extDescription/);
  });
});
