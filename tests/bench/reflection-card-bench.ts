import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasDisplay, launchChromium } from '../e2e/harness/chromium.mjs';
import { CHROME_DEMO_BUILD } from '../e2e/harness/paths.mjs';
import { startFixtureServer } from '../fixtures/server.mjs';

const RUNS = 7;

/** The parts of the extension API the bench calls inside the service worker. */
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { set(items: object): Promise<void> } };
  scripting: { executeScript(injection: object): Promise<unknown> };
};
const CARD_FILE = 'content-scripts/reflection-card.js';

/**
 * `npm run bench` section: the reflection card's script (injected only when a card is due, never in the
 * platform script's budget) and its time to show in Chromium: from the background's `executeScript` to
 * the card's 学 field in the page, as the background injects it when a break comes.
 */
export async function reflectionCardSection(): Promise<string> {
  const lines = ['Reflection card (entrypoints/reflection-card.content, injected on demand):'];
  const file = join(CHROME_DEMO_BUILD, CARD_FILE);
  if (!existsSync(file)) return [...lines, `not measured: no ${file} (npm run build:demo)`].join('\n');
  const bytes = readFileSync(file);
  lines.push(
    `script: ${(bytes.length / 1000).toFixed(1)} kB minified, ${(gzipSync(bytes).length / 1000).toFixed(1)} kB gzipped`,
  );
  try {
    const times = await timeToShow();
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
    lines.push(
      `time to show (executeScript to the card's 学 field, ${RUNS} runs): median ${median} ms, max ${times.at(-1)} ms`,
    );
  } catch (error) {
    lines.push(`time to show: not measured (${error instanceof Error ? error.message : String(error)})`);
  }
  return lines.join('\n');
}

async function timeToShow(): Promise<number[]> {
  const server = await startFixtureServer();
  const chromium = await launchChromium({ headless: !hasDisplay() });
  const times: number[] = [];
  try {
    const page = await chromium.browser.newPage();
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${server.origin}/platform/reading.html`, { waitUntil: 'load' });
      // Notes, on the page's clock (the wall clock the worker shares), when the card's field exists.
      // Notes, on the page's clock (the wall clock the worker shares), when the card's field exists. A
      // string, so no helper of the TypeScript transform reaches the page.
      await page.evaluate(`(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('studytrail-reflection')?.shadowRoot?.querySelector('textarea')) {
            window.__cardShownAt = Date.now();
            observer.disconnect();
          }
        });
        observer.observe(document.documentElement, { childList: true, subtree: true });
      })()`);
      const worker = (await chromium.extension.worker()) as import('puppeteer-core').WebWorker | null;
      if (!worker) throw new Error('no service worker');
      const started = await worker.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) throw new Error('no tab');
        const card = { courseKey: 'bench', courseTitle: '课程', lessonTitle: '第一讲', at: Date.now() };
        await chrome.storage.session.set({ reflectionShowing: { [tab.id]: card } });
        const at = Date.now();
        await chrome.scripting.executeScript({
          target: { tabId: tab.id, frameIds: [0] },
          files: ['/content-scripts/reflection-card.js'],
        });
        return at;
      }, page.url());
      // The shadow root is filled after the host is added: the field may come without a mutation of the page.
      await page.waitForFunction(
        `window.__cardShownAt ?? (document.querySelector('studytrail-reflection')?.shadowRoot?.querySelector('textarea') ? (window.__cardShownAt = Date.now()) : false)`,
        { polling: 'raf', timeout: 10_000 },
      );
      const shownAt = Number(await page.evaluate('window.__cardShownAt'));
      times.push(shownAt - started);
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  return times;
}

if (process.argv[1]?.endsWith('reflection-card-bench.ts')) console.log(await reflectionCardSection());
