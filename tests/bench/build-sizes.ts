import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { table } from './format';
import { type ZipEntry, zipEntries } from './zip-entries';

/*
 * Build sizes (docs/architecture.md section 6: the store zip at most 300 KB without the document writers,
 * .docx and .xlsx, which load only in their views; at most 1 MB with them). Sizes are read from `.output/`;
 * a missing build or store zip is made here with the same wxt commands as `npm run build` and `npm run zip`
 * (and `npm run build:demo`). kB = 1000 bytes, which makes the budget checks the stricter ones.
 * `npx tsx tests/bench/build-sizes.ts` prints this section alone.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The same folder the builds use (`wxt.config.ts`): another one when several builds run side by side.
const OUTPUT = process.env.STUDYTRAIL_OUT_DIR ?? join(ROOT, '.output');
export const STORE_ZIP_BUDGET_BYTES = 300_000;
const STORE_ZIP_WITH_WRITERS_BUDGET_BYTES = 1_000_000;

/** The lazily loaded document writers (chunks/write-docx-…, chunks/write-xlsx-…, named by wxt.config.ts): outside the 300 kB budget. */
export const isDocumentWriter = (path: string) => /^chunks\/[^/]*(docx|xlsx)[^/]*\.js$/.test(path);

interface Target {
  /** Folder under `.output/`. */
  build: string;
  buildArgs: string[];
  /** Store builds: the `wxt zip` command and the browser in the zip's name. */
  zip?: { args: string[]; browser: string };
}

const TARGETS: Target[] = [
  { build: 'chrome-mv3', buildArgs: ['wxt', 'build'], zip: { args: ['wxt', 'zip'], browser: 'chrome' } },
  {
    build: 'firefox-mv3',
    buildArgs: ['wxt', 'build', '-b', 'firefox', '--mv3'],
    zip: { args: ['wxt', 'zip', '-b', 'firefox', '--mv3'], browser: 'firefox' },
  },
  {
    build: 'edge-mv3',
    buildArgs: ['wxt', 'build', '-b', 'edge'],
    zip: { args: ['wxt', 'zip', '-b', 'edge'], browser: 'edge' },
  },
  { build: 'chrome-mv3-demo', buildArgs: ['wxt', 'build', '--mode', 'demo'] },
];

interface FileEntry {
  path: string;
  bytes: number;
  mtimeMs: number;
}

function listFiles(dir: string): FileEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const stat = statSync(path);
      return { path: relative(dir, path), bytes: stat.size, mtimeMs: stat.mtimeMs };
    });
}

/** Runs `npx <args>` in the project; its output is shown only when it fails. Returns an error text or null. */
function npx(args: string[]): string | null {
  const run = spawnSync('npx', args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status === 0) return null;
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  process.stderr.write(`\`npx ${args.join(' ')}\` failed (${run.error?.message ?? `exit ${run.status}`}):\n`);
  process.stderr.write(`${output}\n`);
  return `\`npx ${args.join(' ')}\` failed`;
}

/**
 * What a zip of these files would weigh (deflate level 9, or stored when that is smaller, plus the local
 * header, the central directory entry and the end record): for the demo build, which has no zip, and to
 * show a store zip that no longer matches its folder.
 */
function estimatedZipBytes(dir: string, files: FileEntry[]): number {
  let total = 22;
  for (const file of files) {
    const body = readFileSync(join(dir, file.path));
    const nameBytes = Buffer.byteLength(file.path);
    total += Math.min(deflateRawSync(body, { level: 9 }).length, body.length) + 30 + 46 + 2 * nameBytes;
  }
  return total;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The zip's files, largest first, each marked when it is a document writer (outside the 300 kB budget). */
function zipRows(entries: ZipEntry[]): string[][] {
  const rows = [...entries]
    .sort((a, b) => b.bytes - a.bytes)
    .map((entry) => [entry.name, kB(entry.bytes), isDocumentWriter(entry.name) ? 'document writer' : '']);
  return [['file', 'kB in zip', ''], ...rows];
}

/** The platform content script runs in every frame of every platform page (超星: three per lesson). */
const CONTENT_SCRIPT_BUDGET_BYTES = 30_000;
const PARSE_RUNS = 25;

/**
 * Median ms V8 (Node's, the engine Chromium runs content scripts with) takes to parse and compile a script
 * as a browser does at injection: top level eagerly, functions lazily. Each run's text differs by a
 * trailing comment so that no compilation cache answers.
 */
function medianCompileMs(source: string): number {
  const times: number[] = [];
  for (let run = 0; run < PARSE_RUNS; run++) {
    const text = `${source}\n//# run ${run} ${Math.random()}`;
    const started = performance.now();
    new Script(text, { filename: `content-script-${run}.js` });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Each build's content scripts: size, gzip, the platform script's budget, and parse + compile time per frame. */
function contentScriptRows(): string[][] {
  const rows = [
    ['build', 'content script', 'kB', 'gzip kB', 'parse+compile per frame (ms)', 'budget (< 30 kB)'],
  ];
  for (const build of ['chrome-mv3', 'chrome-mv3-demo', 'firefox-mv3']) {
    const dir = join(OUTPUT, build, 'content-scripts');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .sort()) {
      const body = readFileSync(join(dir, name));
      const budget =
        name === 'platform.js' ? (body.length < CONTENT_SCRIPT_BUDGET_BYTES ? 'ok' : 'OVER BUDGET') : '-';
      rows.push([
        build,
        name,
        kB(body.length),
        kB(gzipSync(body, { level: 9 }).length),
        medianCompileMs(body.toString('utf8')).toFixed(2),
        budget,
      ]);
    }
  }
  return rows;
}

export function buildSizesSection(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const notes: string[] = [];
  const rows = [
    [
      'build',
      'unpacked kB',
      'files',
      'zipped kB',
      'zipped without writers kB',
      '~zip of folder kB',
      'budget (<= 300 kB without writers, <= 1000 kB with)',
    ],
  ];
  const verdicts: string[] = [];
  let chromeFiles: FileEntry[] = [];
  let chromeZipRows: string[][] = [];

  for (const target of TARGETS) {
    const dir = join(OUTPUT, target.build);
    if (!existsSync(join(dir, 'manifest.json'))) {
      notes.push(`${target.build} was missing: ran \`npx ${target.buildArgs.join(' ')}\``);
      const failed = npx(target.buildArgs);
      if (failed) {
        rows.push([target.build, '-', '-', '-', '-', '-', failed]);
        continue;
      }
    }
    const zipPath = target.zip ? join(OUTPUT, `${pkg.name}-${pkg.version}-${target.zip.browser}.zip`) : null;
    if (target.zip && zipPath && !existsSync(zipPath)) {
      notes.push(`${relative(ROOT, zipPath)} was missing: ran \`npx ${target.zip.args.join(' ')}\``);
      npx(target.zip.args);
    }

    const files = listFiles(dir);
    if (target.build === 'chrome-mv3') chromeFiles = files;
    const unpacked = files.reduce((sum, file) => sum + file.bytes, 0);
    let zipped = '-';
    let withoutWriters = '-';
    let budget: string;
    if (zipPath) {
      if (existsSync(zipPath)) {
        const zip = statSync(zipPath);
        const entries = zipEntries(zipPath);
        const writers = entries.filter((entry) => isDocumentWriter(entry.name));
        if (target.build === 'chrome-mv3') chromeZipRows = zipRows(entries);
        const lean = zip.size - writers.reduce((sum, entry) => sum + entry.bytes, 0);
        zipped = kB(zip.size);
        withoutWriters = kB(lean);
        const leanOk = lean <= STORE_ZIP_BUDGET_BYTES;
        const wholeOk = zip.size <= STORE_ZIP_WITH_WRITERS_BUDGET_BYTES;
        budget = leanOk && wholeOk ? 'ok' : 'OVER BUDGET';
        verdicts.push(
          `${target.zip?.browser} store zip: ${kB(lean)} kB without the document writers ` +
            `(${writers.map((entry) => entry.name).join(', ') || 'none found'}): ` +
            (leanOk ? 'within' : `OVER by ${kB(lean - STORE_ZIP_BUDGET_BYTES)} kB,`) +
            ` budget 300 kB; ${kB(zip.size)} kB with them: ` +
            (wholeOk ? 'within' : `OVER by ${kB(zip.size - STORE_ZIP_WITH_WRITERS_BUDGET_BYTES)} kB,`) +
            ' budget 1000 kB',
        );
        const newest = Math.max(...files.map((file) => file.mtimeMs));
        if (zip.mtimeMs < newest) {
          notes.push(
            `${relative(ROOT, zipPath)} is older than .output/${target.build}: \`npm run zip\` to refresh`,
          );
        }
      } else {
        budget = 'no zip';
      }
    } else {
      budget = 'n/a (not shipped)';
    }
    rows.push([
      target.build,
      kB(unpacked),
      String(files.length),
      zipped,
      withoutWriters,
      kB(estimatedZipBytes(dir, files)),
      budget,
    ]);
  }

  const chromeTotal = chromeFiles.reduce((sum, file) => sum + file.bytes, 0);
  const largest = [...chromeFiles]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((file) => [
      file.path,
      kB(file.bytes),
      `${((100 * file.bytes) / Math.max(chromeTotal, 1)).toFixed(0)} %`,
    ]);

  const scripts = contentScriptRows();
  const zipTable =
    chromeZipRows.length > 0
      ? [
          '',
          'Chrome store zip by file (bytes each takes in the archive, headers included):',
          table(chromeZipRows),
        ]
      : [];
  return [
    'Build sizes (kB = 1000 bytes; zipped = the `npm run zip` artifact; ~zip of folder = a deflate zip of the folder as it is now, estimated here):',
    table(rows),
    ...verdicts,
    ...notes.map((note) => `note: ${note}`),
    ...zipTable,
    '',
    'Largest files of the chrome store build (.output/chrome-mv3):',
    largest.length > 0
      ? table([['file', 'kB', 'share of unpacked'], ...largest])
      : '(no chrome store build to list)',
    '',
    `Content scripts (parse+compile: median of ${PARSE_RUNS} compilations in Node's V8; the platform script runs in each frame of a platform page, 超星 lessons have three):`,
    scripts.length > 1 ? table(scripts) : '(no build to measure)',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(buildSizesSection());
