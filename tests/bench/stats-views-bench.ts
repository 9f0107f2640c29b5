import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../e2e/harness/chromium.mjs';
import { CHROME_DEMO_BUILD, CHROMIUM_PATH } from '../e2e/harness/paths.mjs';
import { PopupPage } from '../e2e/pages/popup-page.mjs';
import { heavyYear } from './digest-bench';
import { table } from './format';

/*
 * The dashboard's Week and Year views with a heavy year in the extension's database (20,000 sessions and
 * 2,000 reflections, the digest bench's year), in headless Chromium with the demo build: time from the
 * start of the page's navigation (performance.timeOrigin) to the Week view's first chart drawn and to the
 * Year view's heatmap and chart (docs/architecture.md section 6: under 300 ms). Median of several fresh page loads.
 */

const BUDGET_MS = 300;
const LOADS = 7;

interface Marks {
  chart?: number;
  heatmap?: number;
}

/** Watches the page from its first script on and notes when a chart is drawn and the heatmap is shown. */
function watchMarks(): void {
  const marks: Marks = {};
  (window as unknown as { __marks: Marks }).__marks = marks;
  new MutationObserver(() => {
    marks.chart ??= document.querySelector('canvas[data-chart="ready"]') ? performance.now() : undefined;
    marks.heatmap ??= document.querySelector('[data-testid="year-heatmap"] button')
      ? performance.now()
      : undefined;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart'] });
}

async function measure(browser: Browser, url: string, wanted: (keyof Marks)[]): Promise<Marks[]> {
  const runs: Marks[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.evaluateOnNewDocument(watchMarks);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (keys) =>
        keys.every(
          (key) => (window as unknown as { __marks: Marks }).__marks?.[key as keyof Marks] !== undefined,
        ),
      { timeout: 30_000 },
      wanted,
    );
    runs.push(await page.evaluate(() => ({ ...(window as unknown as { __marks: Marks }).__marks })));
    await page.close();
  }
  return runs;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Prints the Week and Year views' times to first chart and heatmap with a heavy year, or why not. */
export async function statsViewsSection(): Promise<string> {
  const skipped = (why: string) => `Week and Year views with a heavy year: skipped: ${why}`;
  if (!existsSync(CHROMIUM_PATH)) return skipped(`no Chromium at ${CHROMIUM_PATH}`);
  if (!existsSync(`${CHROME_DEMO_BUILD}/manifest.json`))
    return skipped(`no demo build at ${CHROME_DEMO_BUILD}`);
  const chromium = await launchChromium({ headless: true });
  try {
    const { extension, browser } = chromium;
    await extension.setSettings({ timeZone: 'Asia/Shanghai', locale: 'en' });
    // The popup reads the database, so once it shows today's minutes the tables exist.
    const popup = await PopupPage.open(browser, extension);
    await popup.page.close();
    const year = heavyYear();
    for (let i = 0; i < year.sessions.length; i += 5_000) {
      await extension.putRows({ sessions: year.sessions.slice(i, i + 5_000) });
    }
    await extension.putRows({ reflections: year.reflections });
    const views: [string, string, (keyof Marks)[]][] = [
      ['Week view, a late week (#/week/2026-11-16), first chart', '#/week/2026-11-16', ['chart']],
      ['Week view, a mid-year week (#/week/2026-06-15), first chart', '#/week/2026-06-15', ['chart']],
      ['Year view (#/year/2026), heatmap', '#/year/2026', ['heatmap', 'chart']],
    ];
    const rows = [['view (ms from navigation start, median of 7 loads)', 'first mark', 'chart', 'budget']];
    for (const [name, hash, wanted] of views) {
      const runs = await measure(browser, extension.url(`dashboard.html${hash}`), wanted);
      const mark = median(runs.map((run) => run[wanted[0] as keyof Marks] ?? Number.NaN));
      const chart = median(runs.map((run) => run.chart ?? Number.NaN));
      rows.push([
        name,
        mark.toFixed(0),
        chart.toFixed(0),
        mark < BUDGET_MS ? `ok (< ${BUDGET_MS})` : `OVER ${BUDGET_MS}`,
      ]);
    }
    return [
      `Week and Year views with a heavy year (${year.sessions.length} sessions, ${year.reflections.length} reflections), headless Chromium, demo build:\n`,
      table(rows),
    ].join('\n');
  } catch (error) {
    return skipped(`Chromium run failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await chromium.close();
  }
}
