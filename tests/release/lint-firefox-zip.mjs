#!/usr/bin/env node
// Mozilla's linter on exactly what goes to Firefox Add-ons: the released Firefox zip, unpacked.
// Exits with web-ext's status (errors fail; warnings are printed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzip } from './unzip.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(ROOT, process.env.STUDYTRAIL_OUT_DIR ?? '.output');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zipPath = join(out, 'release', `studytrail-${version}-firefox.zip`);

const dir = mkdtempSync(join(tmpdir(), 'studytrail-firefox-zip-'));
try {
  await unzip(zipPath, dir);
  console.log(`web-ext lint ${zipPath}`);
  const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
