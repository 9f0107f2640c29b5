// The release folder of `npm run release` (scripts/release.mjs): made once if missing, and its zips unpacked.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzip } from '../../release/unzip.mjs';
import { OUTPUT_DIR, PROJECT_ROOT } from './paths.mjs';

export const RELEASE_DIR = join(OUTPUT_DIR, 'release');

/** The version in package.json, which names the zips. */
export async function packageVersion() {
  return JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
}

/** The release of this version, built now when CI has not built it already. */
export async function ensureRelease() {
  const version = await packageVersion();
  if (!existsSync(join(RELEASE_DIR, `studytrail-${version}-firefox.zip`))) {
    execFileSync('node', ['scripts/release.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }
  return version;
}

/** Unpacks one zip into a fresh folder, as a user unzips the file before "Load unpacked". @param {string} zipPath */
export async function unpack(zipPath) {
  return unzip(zipPath, await mkdtemp(join(tmpdir(), 'studytrail-unzipped-')));
}
