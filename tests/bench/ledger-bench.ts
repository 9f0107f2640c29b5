import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { CHROMIUM_PATH } from '../e2e/harness/paths.mjs';
import { makeSigner, signed, weekDigest } from '../unit/support/ledger-digests';
import { table } from './format';
import { launchPlainChromium } from './plain-chromium';

/*
 * The organiser's ledger at the scale of a provincial training (docs/ledger.md "Scale"): 300 people × 20
 * weeks = 6,000 signed weekly digests, made in Node with 300 keys, imported in headless Chromium by the
 * ledger's own modules (built with Vite, served from loopback) into IndexedDB, then exported as .xlsx.
 * Prints the import time, the page's JS heap (peak while importing), the longest main-thread task, and
 * the export's time and size.
 */

const PEOPLE = Number(process.env.BENCH_LEDGER_PEOPLE ?? 300);
const WEEKS = Number(process.env.BENCH_LEDGER_WEEKS ?? 20);
const FIRST_MONDAY = Date.UTC(2026, 6, 6);
const NOW = Date.UTC(2026, 11, 1, 8);
const MB = 2 ** 20;
const ROOT = resolve(import.meta.dirname, '../..');

const monday = (week: number) => new Date(FIRST_MONDAY + week * 7 * 86_400_000).toISOString().slice(0, 10);

/** One learner's week with the field sizes a real week has: a dozen sittings, two courses, a case. */
function heavyWeek(person: number, week: number): Record<string, unknown> {
  const weekStart = monday(week);
  const minutes = 60 + ((person * 37 + week * 11) % 240);
  const digest = weekDigest({
    weekStart,
    minutes,
    learner: { name: `学员${person}`, staffNumber: String(20_000 + person), unit: `第${person % 17}学院` },
    cases: [
      {
        courseTitle: '学生心理危机识别与干预',
        lessonTitle: `第${week + 1}讲`,
        topics: ['心理健康'],
        learned: '识别早期信号，与心理中心协同。'.repeat(6),
      },
    ],
  });
  const start = Date.parse(`${weekStart}T01:00:00Z`);
  digest.courses = [0, 1].map((course) => ({
    courseId: (person * 100 + course).toString(16).padStart(16, '0'),
    title: `高校辅导员职业能力提升专题 第${course + 1}期`,
    platformId: 'enaea',
    minutes: minutes / 2,
    lessons: [
      {
        lessonId: (week * 10 + course).toString(16).padStart(16, '0'),
        title: `第${week + 1}讲 谈心谈话的方法`,
        minutes: minutes / 2,
      },
    ],
  }));
  digest.sessions = Array.from({ length: 12 }, (_, index) => ({
    id: `s-${person}-${week}-${index}`,
    start: start + index * 3_600_000,
    end: start + index * 3_600_000 + (minutes / 12) * 60_000,
    minutes: Math.round((minutes / 12) * 10) / 10,
    kind: 'media',
    platformId: 'enaea',
    courseTitle: `高校辅导员职业能力提升专题 第${(index % 2) + 1}期`,
    lessonTitle: `第${week + 1}讲 谈心谈话的方法与技巧`,
  }));
  return digest;
}

async function makeFiles(): Promise<{ names: string[]; texts: string[]; roster: string }> {
  const names: string[] = [];
  const texts: string[] = [];
  const rosterRows = ['工号,姓名,单位'];
  for (let person = 0; person < PEOPLE; person++) {
    const signer = await makeSigner();
    rosterRows.push(`${20_000 + person},学员${person},第${person % 17}学院`);
    for (let week = 0; week < WEEKS; week++) {
      names.push(`week-${monday(week)}/${20_000 + person}.json`);
      texts.push(JSON.stringify(await signed(heavyWeek(person, week), signer), null, 2));
    }
  }
  return { names, texts, roster: rosterRows.join('\r\n') };
}

/** The ledger's modules as the browser runs them: Vite's build of an entry that exposes them on `window`. */
async function buildPage(): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'studytrail-ledger-bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    await writeFile(
      entry,
      [
        "import { importLedgerFiles, importRoster, readLedger } from '@/storage/repositories/ledger';",
        "import { ledgerXlsx } from '@/storage/ledger/export';",
        'Object.assign(window, { ledger: { importLedgerFiles, importRoster, readLedger, ledgerXlsx } });',
      ].join('\n'),
    );
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@': ROOT } },
      build: { write: false, minify: true, rollupOptions: { input: entry }, modulePreload: false },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const files = new Map<string, string>();
    for (const item of outputs.flatMap((output) => output.output)) {
      if (item.type === 'chunk') files.set(`/${item.fileName}`, item.code);
    }
    const main = outputs[0]?.output.find((item) => item.type === 'chunk' && item.isEntry)?.fileName;
    files.set(
      '/',
      `<!doctype html><meta charset="utf-8"><title>ledger bench</title><script type="module" src="/${main}"></script>`,
    );
    return files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function serve(files: Map<string, string>, data: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const body = path === '/data.json' ? data : files.get(path);
    if (body === undefined) return void response.writeHead(404).end();
    const type = path === '/' ? 'text/html' : path.endsWith('.json') ? 'application/json' : 'text/javascript';
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        server,
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

/** Runs in the page: imports the roster and the files, watching long tasks; then exports the .xlsx. */
async function runInPage(now: number) {
  type Ledger = {
    importRoster(file: File): Promise<unknown>;
    importLedgerFiles(
      files: File[],
      options: object,
    ): Promise<{ files: number; byStatus: Record<string, number> }>;
    readLedger(): Promise<unknown>;
    ledgerXlsx(data: unknown, options: object): Promise<Blob>;
  };
  const ledger = (window as unknown as { ledger: Ledger }).ledger;
  const { names, texts, roster } = (await (await fetch('/data.json')).json()) as {
    names: string[];
    texts: string[];
    roster: string;
  };
  const files = texts.map(
    (text, index) => new File([text], names[index] ?? `${index}.json`, { type: 'application/json' }),
  );
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  await ledger.importRoster(new File([`\uFEFF${roster}`], 'roster.csv'));
  let longest = 0;
  let longestPhase = '';
  let longTasks = 0;
  let phase = 'start';
  const phases: { at: number; phase: string }[] = [];
  const phaseAt = (time: number) => phases.filter((mark) => mark.at <= time).at(-1)?.phase ?? 'start';
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks += 1;
      if (entry.duration > longest) longestPhase = phaseAt(entry.startTime);
      longest = Math.max(longest, entry.duration);
    }
  });
  observer.observe({ type: 'longtask' });
  let progressEvents = 0;
  const started = performance.now();
  const onProgress = (progress: { phase: string }) => {
    progressEvents += 1;
    if (progress.phase === phase) return;
    phase = progress.phase;
    phases.push({ at: performance.now(), phase });
  };
  const summary = await ledger.importLedgerFiles(files, { now, onProgress });
  const importMs = performance.now() - started;
  await new Promise((done) => setTimeout(done, 50));
  observer.disconnect();
  const readStart = performance.now();
  const data = await ledger.readLedger();
  const readMs = performance.now() - readStart;
  const exportStart = performance.now();
  const blob = await ledger.ledgerXlsx(data, {
    locale: 'zh_CN',
    classHourMinutes: 45,
    weekStart: '2026-11-16',
    now,
  });
  const exportMs = performance.now() - exportStart;
  return {
    bytes,
    importMs,
    summary,
    longest,
    longestPhase,
    longTasks,
    progressEvents,
    readMs,
    exportMs,
    xlsxBytes: blob.size,
  };
}

/** Prints the 6,000-file import and the .xlsx export in Chromium, or why it was skipped. */
export async function ledgerSection(): Promise<string> {
  const title = `Ledger: ${PEOPLE} people × ${WEEKS} weeks = ${PEOPLE * WEEKS} signed digests, in Chromium`;
  if (!existsSync(CHROMIUM_PATH)) return `${title}: skipped: no Chromium at ${CHROMIUM_PATH}`;
  const made = performance.now();
  const data = await makeFiles();
  const makeMs = performance.now() - made;
  const { server, origin } = await serve(await buildPage(), JSON.stringify(data));
  const chromium = await launchPlainChromium({ headless: true });
  try {
    const page = await chromium.browser.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'ledger' in window, { timeout: 30_000 });
    const before = (await page.metrics()).JSHeapUsedSize ?? 0;
    let peak = before;
    const sampler = setInterval(() => {
      page.metrics().then(
        (metrics) => (peak = Math.max(peak, metrics.JSHeapUsedSize ?? 0)),
        () => undefined,
      );
    }, 100);
    // tsx names functions with an `__name` helper that the page does not have.
    await page.evaluate('window.__name = (fn) => fn');
    const result = await page.evaluate(runInPage, NOW);
    clearInterval(sampler);
    const after = (await page.metrics()).JSHeapUsedSize ?? 0;
    const statuses = Object.entries(result.summary.byStatus)
      .filter(([, count]) => count > 0)
      .map(([status, count]) => `${status} ${count}`)
      .join(', ');
    return [
      `${title} (made and signed in Node in ${(makeMs / 1000).toFixed(1)} s):`,
      table([
        ['measure', 'value'],
        ['files (total size)', `${result.summary.files} (${(result.bytes / MB).toFixed(1)} MB)`],
        ['statuses', statuses],
        ['import time (read, verify, match, save)', `${(result.importMs / 1000).toFixed(2)} s`],
        ['per file', `${(result.importMs / result.summary.files).toFixed(2)} ms`],
        ['progress reports', String(result.progressEvents)],
        [
          'long tasks (> 50 ms) during import',
          `${result.longTasks}, longest ${result.longest.toFixed(0)} ms (${result.longestPhase || 'none'})`,
        ],
        [
          'JS heap before / peak / after',
          `${(before / MB).toFixed(0)} / ${(peak / MB).toFixed(0)} / ${(after / MB).toFixed(0)} MB`,
        ],
        ['read the ledger back', `${result.readMs.toFixed(0)} ms`],
        [
          '.xlsx export (汇总/每周/未提交/案例)',
          `${result.exportMs.toFixed(0)} ms, ${(result.xlsxBytes / 1024).toFixed(0)} KB`,
        ],
      ]),
    ].join('\n');
  } finally {
    await chromium.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  console.log(await ledgerSection());
}
