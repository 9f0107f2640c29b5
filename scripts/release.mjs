#!/usr/bin/env node
// `npm run release`: the store builds for Chrome, Edge and Firefox, the sources zip Mozilla's review rebuilds
// from, and SHA256SUMS, in <outDir>/release. Zips are written here (not by `wxt zip`) so that two runs give
// the same bytes: sorted entries, one fixed timestamp, fixed permissions, fixed compression.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** One timestamp for every entry (DOS dates start in 1980; JSZip writes them in UTC). */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** The store targets: WXT's browser flag and the folder `wxt build` writes. */
export const TARGETS = [
  { name: 'chrome', args: [], dir: 'chrome-mv3' },
  { name: 'edge', args: ['-b', 'edge'], dir: 'edge-mv3' },
  { name: 'firefox', args: ['-b', 'firefox', '--mv3'], dir: 'firefox-mv3' },
];

/** What a reviewer needs to rebuild the extension (tests, screenshots and demo output stay out). */
export const SOURCE_ENTRIES = [
  'CHANGELOG.md',
  'README.md',
  'biome.json',
  'components',
  'entrypoints',
  'package-lock.json',
  'package.json',
  'public',
  'scripts',
  'storage',
  'tsconfig.json',
  'wxt.config.ts',
];

/** Every file under `dir`, as sorted '/'-separated paths relative to `base`. */
function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [relative(base, dir).split(sep).join('/')];
  return readdirSync(dir)
    .flatMap((name) => listFiles(join(dir, name), base))
    .sort();
}

/** Sources: tracked files when this is a git checkout (no stray local files), else the unpacked sources zip. */
function sourceFiles() {
  let files;
  try {
    files = execFileSync('git', ['ls-files', '-z', '--', ...SOURCE_ENTRIES], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && existsSync(join(ROOT, file)));
  } catch {
    files = SOURCE_ENTRIES.flatMap((entry) => listFiles(join(ROOT, entry), ROOT));
  }
  return [...new Set(files)].sort();
}

/** A zip of `files` (relative to `base`) whose bytes depend only on the files' contents and names. */
export async function deterministicZip(base, files) {
  const zip = new JSZip();
  for (const file of [...files].sort()) {
    zip.file(file, readFileSync(join(base, file)), {
      date: FIXED_DATE,
      unixPermissions: 0o644,
      createFolders: false,
    });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
}

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

/** Builds every target into `outDir` and writes the release folder; returns its file names and checksums. */
export async function release({ outDir, log = console.log } = {}) {
  const out = resolve(ROOT, outDir ?? process.env.STUDYTRAIL_OUT_DIR ?? '.output');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const releaseDir = join(out, 'release');
  rmSync(releaseDir, { recursive: true, force: true });
  mkdirSync(releaseDir, { recursive: true });
  const env = { ...process.env, STUDYTRAIL_OUT_DIR: out, STUDYTRAIL_SOURCEMAP: '' };
  const written = [];
  for (const target of TARGETS) {
    log(`release: building ${target.name}`);
    execFileSync('npx', ['wxt', 'build', ...target.args], { cwd: ROOT, env, stdio: 'inherit' });
    const buildDir = join(out, target.dir);
    const name = `studytrail-${version}-${target.name}.zip`;
    writeFileSync(join(releaseDir, name), await deterministicZip(buildDir, listFiles(buildDir)));
    written.push(name);
  }
  const sourcesName = `studytrail-${version}-sources.zip`;
  writeFileSync(join(releaseDir, sourcesName), await deterministicZip(ROOT, sourceFiles()));
  written.push(sourcesName);
  const sums = written
    .sort()
    .map((name) => ({ name, hash: sha256(readFileSync(join(releaseDir, name))) }))
    .map(({ name, hash }) => `${hash}  ${name}`);
  writeFileSync(join(releaseDir, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  return { releaseDir, version, sums };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { releaseDir, sums } = await release();
  console.log(`release: ${relative(process.cwd(), releaseDir) || '.'}`);
  for (const line of sums) {
    const name = line.split('  ')[1];
    console.log(`${line}  (${statSync(join(releaseDir, name)).size} bytes)`);
  }
}
