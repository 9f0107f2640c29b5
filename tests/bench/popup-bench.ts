import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { build } from 'vite';
import { launchChromium } from '../e2e/harness/chromium.mjs';
import { CHROME_DEMO_BUILD, CHROMIUM_PATH, PROJECT_ROOT } from '../e2e/harness/paths.mjs';
import { PopupPage } from '../e2e/pages/popup-page.mjs';
import { heavyYear } from './digest-bench';
import { table } from './format';

/*
 * The popup with a heavy year in the database (the digest bench's 20,000 sessions and 2,000 reflections,
 * moved to end today so the popup's days are full), in headless Chromium with the demo build: time from
 * navigation start to the first contentful paint and to the numbers and the 7-day chart shown (docs/architecture.md
 * section 6: under 150 ms). Then why the 7-day chart is inline SVG: chart.js with only the bar chart's
 * parts registered, bundled and timed in the same Chromium, against the SVG chart.
 */

const BUDGET_MS = 150;
const LOADS = 9;
const DAY = 86_400_000;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The popup's own files as its page loads them: its HTML's module script, preloads and style sheets. */
function popupFiles(): string[] {
  const html = readFileSync(join(CHROME_DEMO_BUILD, 'popup.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1] as string);
}

function sizeLine(): string {
  const files = popupFiles();
  const bytes = files.map((file) => readFileSync(join(CHROME_DEMO_BUILD, file)));
  const raw = bytes.reduce((sum, b) => sum + b.length, 0);
  const gz = bytes.reduce((sum, b) => sum + gzipSync(b).length, 0);
  return `popup page files (${files.length}: ${files.join(', ')}): ${kB(raw)} minified, ${kB(gz)} gzipped`;
}

/** Notes, from the page's first script on, when today's time and the 7-day chart, then the streak, are shown. */
function watchNumbers(): void {
  const marks: { numbers?: number; streak?: number; plan?: number } = {};
  (window as unknown as { __marks: typeof marks }).__marks = marks;
  new MutationObserver((_, observer) => {
    const numbers =
      document.querySelector('[data-testid="today-minutes"]') &&
      document.querySelector('[data-testid="week-chart"] rect');
    if (numbers) marks.numbers ??= performance.now();
    if (document.querySelector('[data-testid="streak-days"]')?.textContent?.match(/\d/))
      marks.streak ??= performance.now();
    if (document.querySelector('[data-testid="popup-plan"]')) marks.plan ??= performance.now();
    if (marks.numbers !== undefined && marks.streak !== undefined && marks.plan !== undefined)
      observer.disconnect();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function loadTimes(browser: Browser, url: string) {
  const runs: { fcp: number; numbers: number; streak: number; plan: number; streakText: string }[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 600 });
    await page.evaluateOnNewDocument(watchNumbers);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const marks = (window as unknown as { __marks: { streak?: number; plan?: number } }).__marks;
        return marks?.streak && marks.plan;
      },
      {
        timeout: 30_000,
      },
    );
    runs.push(
      await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        numbers: (window as unknown as { __marks: { numbers: number } }).__marks.numbers,
        streak: (window as unknown as { __marks: { streak: number } }).__marks.streak,
        plan: (window as unknown as { __marks: { plan: number } }).__marks.plan,
        streakText: document.querySelector('[data-testid="streak-days"]')?.textContent ?? '',
      })),
    );
    await page.close();
  }
  return runs;
}

/**
 * chart.js 4 with only what a bar chart needs registered (its documented tree-shaking), bundled and minified
 * by the project's own Vite as one script.
 */
async function chartJsBundle(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'studytrail-chart-bench-'));
  try {
    const entry = join(dir, 'entry.js');
    const chartJs = fileURLToPath(import.meta.resolve('chart.js'));
    await writeFile(
      entry,
      `import { BarController, BarElement, CategoryScale, Chart, LinearScale } from ${JSON.stringify(chartJs)};
      Chart.register(BarController, BarElement, CategoryScale, LinearScale);
      window.Chart = Chart;`,
    );
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['iife'], name: 'chartBench', fileName: 'chart' },
      },
    });
    const [result] = Array.isArray(output) ? output : [output];
    const chunk = result && 'output' in result ? result.output[0] : undefined;
    return chunk && 'code' in chunk ? chunk.code : '';
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Time to draw seven bars in a fresh page: chart.js (script evaluation included) against inline SVG. */
async function chartTimes(browser: Browser, chartJs: string) {
  const values = [12, 30, 0, 64, 35, 37, 22];
  const times = { chartJs: [] as number[], svg: [] as number[] };
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.setContent('<canvas width="280" height="80"></canvas><div id="svg"></div>');
    times.chartJs.push(
      await page.evaluate(
        (source, data) => {
          const started = performance.now();
          new Function(source)();
          const Chart = (window as unknown as { Chart: new (...args: unknown[]) => unknown }).Chart;
          new Chart(document.querySelector('canvas'), {
            type: 'bar',
            data: { labels: data.map(String), datasets: [{ data }] },
            options: { animation: false, responsive: false },
          });
          return performance.now() - started;
        },
        chartJs,
        values,
      ),
    );
    times.svg.push(
      await page.evaluate((data) => {
        const started = performance.now();
        const ns = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(ns, 'svg');
        svg.setAttribute('viewBox', '0 0 280 80');
        const max = Math.max(...data);
        data.forEach((value, index) => {
          const rect = document.createElementNS(ns, 'rect');
          const height = (value / max) * 64;
          rect.setAttribute('x', String(index * 40));
          rect.setAttribute('y', String(64 - height));
          rect.setAttribute('width', '32');
          rect.setAttribute('height', String(height));
          svg.append(rect);
        });
        document.getElementById('svg')?.append(svg);
        svg.getBoundingClientRect();
        return performance.now() - started;
      }, values),
    );
    await page.close();
  }
  return times;
}

/** One plan from a year ago to a month ahead, counting all study, written straight into the `plans` table. */
async function seedYearPlan(extension: Awaited<ReturnType<typeof launchChromium>>['extension'], now: number) {
  const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const plan = {
    id: 'bench-plan',
    name: '专业技术人员继续教育',
    organiser: '',
    requiredClassHours: 2000,
    classHourMinutes: 45,
    start: day(now - 365 * DAY),
    deadline: day(now + 30 * DAY),
    timeZone: 'Asia/Shanghai',
    counts: { all: true, courseKeys: [], platformIds: [], manual: false },
    countsTowardOthers: false,
    createdAt: now,
    updatedAt: now,
  };
  const worker = await extension.worker();
  if (!worker) throw new Error('No service worker to seed the plan through');
  await worker.evaluate(
    (row) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('studytrail');
        open.onsuccess = () => {
          const tx = open.result.transaction('plans', 'readwrite');
          tx.objectStore('plans').put(row);
          tx.oncomplete = () => resolve(open.result.close());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    plan,
  );
}

/** Prints the popup's first paint with a heavy year and the chart comparison, or why not. */
export async function popupSection(): Promise<string> {
  const skipped = (why: string) => `Popup with a heavy year: skipped: ${why}`;
  if (!existsSync(CHROMIUM_PATH)) return skipped(`no Chromium at ${CHROMIUM_PATH}`);
  if (!existsSync(join(CHROME_DEMO_BUILD, 'manifest.json')))
    return skipped(`no demo build at ${CHROME_DEMO_BUILD}`);
  const chromium = await launchChromium({ headless: true });
  try {
    const { extension, browser } = chromium;
    await extension.setSettings({ timeZone: 'Asia/Shanghai', locale: 'zh_CN' });
    const first = await PopupPage.open(browser, extension);
    await first.page.close();
    const year = heavyYear();
    // The year moved to end a minute ago: the popup's today, week, streak and 7 days are all full.
    const now = Date.now();
    const shift = now - 60_000 - Math.max(...year.sessions.map((row) => row.end));
    const sessions = year.sessions.map((row) => ({ ...row, start: row.start + shift, end: row.end + shift }));
    for (let i = 0; i < sessions.length; i += 5_000)
      await extension.putRows({ sessions: sessions.slice(i, i + 5_000) });
    await extension.putRows({ reflections: year.reflections });
    // A training plan over the whole year, counting all study: the popup reads it after the numbers.
    await seedYearPlan(extension, now);
    const runs = await loadTimes(browser, extension.url('popup.html'));
    const fcp = median(runs.map((run) => run.fcp));
    const numbers = median(runs.map((run) => run.numbers));
    const chartJs = await chartJsBundle();
    const chart = await chartTimes(browser, chartJs);
    const svgBytes = readFileSync(join(PROJECT_ROOT, 'components/LastDaysChart.tsx'));
    return [
      `Popup with a heavy year (${sessions.length} sessions over the last ${Math.round((now - Math.min(...sessions.map((s) => s.start))) / DAY)} days, ${year.reflections.length} reflections), headless Chromium, demo build, median of ${LOADS} loads:\n`,
      table([
        ['ms from navigation start', 'median', 'max', 'budget'],
        ['first contentful paint', fcp.toFixed(0), Math.max(...runs.map((r) => r.fcp)).toFixed(0), ''],
        [
          'today, week and 7-day chart shown',
          numbers.toFixed(0),
          Math.max(...runs.map((r) => r.numbers)).toFixed(0),
          numbers < BUDGET_MS ? `ok (< ${BUDGET_MS})` : `OVER ${BUDGET_MS}`,
        ],
        [
          'nearest plan shown (a plan over the whole year, read after the numbers)',
          median(runs.map((r) => r.plan)).toFixed(0),
          Math.max(...runs.map((r) => r.plan)).toFixed(0),
          '',
        ],
        [
          `streak shown (${runs[0]?.streakText}, older days read while studied)`,
          median(runs.map((r) => r.streak)).toFixed(0),
          Math.max(...runs.map((r) => r.streak)).toFixed(0),
          '',
        ],
      ]),
      sizeLine(),
      '',
      'The 7-day chart: chart.js (bar chart parts only) against inline SVG, seven bars in a fresh page:',
      table([
        ['', 'added to the popup', 'gzipped', 'time to draw (median ms)'],
        [
          'chart.js 4 tree-shaken (BarController, BarElement, CategoryScale, LinearScale)',
          kB(chartJs.length),
          kB(gzipSync(chartJs).length),
          median(chart.chartJs).toFixed(1),
        ],
        [
          'inline SVG (LastDaysChart.tsx source, compiles to less)',
          kB(svgBytes.length),
          kB(gzipSync(svgBytes).length),
          median(chart.svg).toFixed(1),
        ],
      ]),
    ].join('\n');
  } catch (error) {
    return skipped(`Chromium run failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await chromium.close();
  }
}

if (process.argv[1]?.endsWith('popup-bench.ts')) console.log(await popupSection());
