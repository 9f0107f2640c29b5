#!/usr/bin/env node
// The release is reproducible: a second release, rebuilt the way Mozilla's reviewers do it (from the unpacked
// sources zip, in another folder, with another output folder), gives byte-identical zips. Exits 1 otherwise.
// Usage: node tests/release/reproducible.mjs [--reuse]   (--reuse: take the first release already in outDir)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzip } from './unzip.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { release } = await import(join(ROOT, 'scripts/release.mjs'));

const parseSums = (text) =>
  new Map(
    text
      .trim()
      .split('\n')
      .map((line) => line.split('  '))
      .map(([hash, name]) => [name, hash]),
  );

const out = resolve(ROOT, process.env.STUDYTRAIL_OUT_DIR ?? '.output');
const firstSums = join(out, 'release', 'SHA256SUMS');
if (!process.argv.includes('--reuse') || !existsSync(firstSums)) await release({ outDir: out });
const first = parseSums(readFileSync(firstSums, 'utf8'));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'studytrail-rebuild-'));
try {
  const sources = await unzip(
    join(out, 'release', `studytrail-${version}-sources.zip`),
    join(work, 'sources'),
  );
  // `npm ci` in the unpacked sources is what a reviewer runs; CI links the installed tree to save minutes.
  if (process.env.STUDYTRAIL_REBUILD_NPM_CI === '1') {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: sources, stdio: 'inherit' });
  } else {
    symlinkSync(join(ROOT, 'node_modules'), join(sources, 'node_modules'), 'dir');
    execFileSync('npx', ['wxt', 'prepare'], { cwd: sources, stdio: 'inherit' });
  }
  execFileSync('node', ['scripts/release.mjs'], {
    cwd: sources,
    env: { ...process.env, STUDYTRAIL_OUT_DIR: join(work, 'out') },
    stdio: 'inherit',
  });
  const second = parseSums(readFileSync(join(work, 'out', 'release', 'SHA256SUMS'), 'utf8'));
  const names = [...new Set([...first.keys(), ...second.keys()])].sort();
  let same = names.length === 4;
  for (const name of names) {
    const equal = first.get(name) === second.get(name);
    same &&= equal;
    console.log(
      `${equal ? 'same     ' : 'DIFFERENT'}  ${first.get(name) ?? '-'}  ${second.get(name) ?? '-'}  ${name}`,
    );
  }
  console.log(same ? 'release reproducible: all four zips identical' : 'release NOT reproducible');
  process.exitCode = same ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
