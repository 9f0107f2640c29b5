import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deterministicZip, SOURCE_ENTRIES, TARGETS } from '@/scripts/release.mjs';

describe('the release zips (scripts/release.mjs)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'studytrail-zip-'));
    writeFileSync(join(dir, 'b.js'), 'console.log("b")');
    writeFileSync(join(dir, 'a.json'), '{"a":1}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the same files give the same bytes, whatever order they are listed in and whenever they are written', async () => {
    const first: Buffer = await deterministicZip(dir, ['b.js', 'a.json']);
    // A later modification time on disk must not reach the archive.
    writeFileSync(join(dir, 'b.js'), 'console.log("b")');
    const second: Buffer = await deterministicZip(dir, ['a.json', 'b.js']);
    expect(second.equals(first)).toBe(true);
  });

  it('entries are sorted and carry the fixed timestamp, not the time of the build', async () => {
    const zip = await JSZip.loadAsync(await deterministicZip(dir, ['b.js', 'a.json']));
    expect(Object.keys(zip.files)).toEqual(['a.json', 'b.js']);
    for (const entry of Object.values(zip.files)) {
      expect(entry.date.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    }
  });

  it('a changed file changes the zip', async () => {
    const before: Buffer = await deterministicZip(dir, ['a.json', 'b.js']);
    writeFileSync(join(dir, 'a.json'), '{"a":2}');
    expect((await deterministicZip(dir, ['a.json', 'b.js'])).equals(before)).toBe(false);
  });

  it('builds Chrome, Edge and Firefox, and the sources hold what a rebuild needs', () => {
    expect(TARGETS.map((target: { name: string }) => target.name)).toEqual(['chrome', 'edge', 'firefox']);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'entrypoints',
      'storage',
      'public',
    ]) {
      expect(SOURCE_ENTRIES).toContain(needed);
    }
  });
});
