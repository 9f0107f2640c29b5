import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDocumentWriter, STORE_ZIP_BUDGET_BYTES } from './build-sizes';
import { compose, scripts } from './bundle-composition';
import { zipEntries } from './zip-entries';

/*
 * Keeps what brought the store zip down (docs/architecture.md section 6). Fails when
 *  - the background is not a module worker: it would be built alone and ship its own Dexie, zod and tldts;
 *  - an npm package (1 kB or more of it) is in two scripts that the pages and the background load: a shared
 *    library belongs in one chunk (content scripts are left out: a browser runs each as one classic script);
 *  - a script carries the translators' descriptions of the locale files (wxt.config.ts strips them);
 *  - a chunk named a document writer, which the budget leaves out, holds another library of 1 kB or more.
 * It prints the store zip without the document writers against the 300 kB budget, which it does not enforce
 * while the build is over it (docs/architecture.md section 6 says by how much).
 * Usage: npx tsx tests/bench/bundle-check.ts   (makes its own chrome builds in a temporary folder, ~10 s)
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The libraries a chunk left out of the budget as a document writer may hold. */
const WRITER_PACKAGES = new Set(['docx', 'write-excel-file']);
/** Bytes of one package in a script below which a copy is not worth a chunk of its own. */
const DUPLICATE_MIN_BYTES = 1000;

/** Bytes of each npm package in each script: `{ script: { package: bytes } }`. */
export type PackageBytes = Record<string, Record<string, number>>;

/** Packages found in two or more scripts with at least `minBytes` in each, with the scripts holding them. */
export function duplicatedPackages(
  bytes: PackageBytes,
  minBytes = DUPLICATE_MIN_BYTES,
): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const [script, packages] of Object.entries(bytes)) {
    for (const [name, size] of Object.entries(packages)) {
      if (size < minBytes) continue;
      holders.set(name, [...(holders.get(name) ?? []), script]);
    }
  }
  return new Map([...holders].filter(([, list]) => list.length > 1));
}

/** The translators' descriptions in a locale file long enough not to occur in code by chance. */
export function localeDescriptions(catalogText: string): string[] {
  const catalog = JSON.parse(catalogText) as Record<string, { message: string; description?: string }>;
  const messages = new Set(Object.values(catalog).map((entry) => entry.message));
  return Object.values(catalog)
    .map((entry) => entry.description ?? '')
    .filter((text) => text.length >= 24 && !messages.has(text));
}

function wxt(outDir: string, env: Record<string, string>, args: string[]): void {
  const run = spawnSync('npx', ['wxt', ...args], {
    cwd: ROOT,
    env: { ...process.env, STUDYTRAIL_OUT_DIR: outDir, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`npx wxt ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const isPackage = (group: string) =>
  !group.startsWith('(') && !/^(entrypoints|components|storage|widget|public)\//.test(group);

/** Builds the chrome store zip and a source-mapped build of it; returns the failures and the report lines. */
export function checkBundle(): { failures: string[]; lines: string[] } {
  const temp = mkdtempSync(join(tmpdir(), 'studytrail-bundle-check-'));
  try {
    const zipDir = join(temp, 'zip');
    const mapDir = join(temp, 'map');
    wxt(zipDir, { STUDYTRAIL_SOURCEMAP: '' }, ['zip']);
    wxt(mapDir, { STUDYTRAIL_SOURCEMAP: '1' }, ['build']);
    const build = join(mapDir, 'chrome-mv3');
    const failures: string[] = [];

    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
      background?: { type?: string };
    };
    if (manifest.background?.type !== 'module') {
      failures.push('the background is not a module worker, so it shares no chunk with the pages');
    }

    const bytes: PackageBytes = {};
    const texts: Record<string, string> = {};
    for (const path of scripts(build)) {
      const name = relative(build, path);
      texts[name] = readFileSync(path, 'utf8');
      if (name.startsWith('content-scripts/')) continue;
      const packages: Record<string, number> = {};
      for (const [group, parts] of compose(path).groups) {
        if (isPackage(group)) packages[group] = Buffer.byteLength(parts.join(''));
      }
      if (!isDocumentWriter(name)) {
        bytes[name] = packages;
        continue;
      }
      const others = Object.entries(packages).filter(
        ([group, size]) => !WRITER_PACKAGES.has(group) && size >= DUPLICATE_MIN_BYTES,
      );
      if (others.length > 0) {
        failures.push(
          `${name} is left out of the budget but holds ${others.map(([group]) => group).join(', ')}`,
        );
      }
    }
    for (const [name, holders] of duplicatedPackages(bytes)) {
      failures.push(`${name} is shipped ${holders.length} times: ${holders.join(', ')}`);
    }

    const descriptions = localeDescriptions(
      readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
    );
    for (const [name, text] of Object.entries(texts)) {
      const found = descriptions.find((description) => text.includes(description));
      if (found) failures.push(`${name} carries locale descriptions ("${found}")`);
    }

    const zip = storeZipPath(zipDir);
    const writers = zipEntries(zip).filter((entry) => isDocumentWriter(entry.name));
    const lean = statSync(zip).size - writers.reduce((sum, entry) => sum + entry.bytes, 0);
    const lines = [
      `chrome store zip without the document writers: ${kB(lean)} kB of the 300 kB budget ` +
        (lean <= STORE_ZIP_BUDGET_BYTES ? '(within)' : `(over by ${kB(lean - STORE_ZIP_BUDGET_BYTES)} kB)`),
      `scripts checked for shared libraries: ${Object.keys(bytes).sort().join(', ')}`,
    ];
    return { failures, lines };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function storeZipPath(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return join(dir, `${pkg.name}-${pkg.version}-chrome.zip`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { failures, lines } = checkBundle();
  for (const line of lines) console.log(line);
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  if (failures.length > 0) process.exit(1);
  console.log('bundle check: ok (module background, no library shipped twice, no locale descriptions)');
}
