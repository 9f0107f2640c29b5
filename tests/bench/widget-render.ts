import { readFile } from 'node:fs/promises';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchPlainChromium } from './plain-chromium';

/*
 * The widget's first render in Chromium (docs/architecture.md section 6: under 20 ms). Each run opens a fresh page
 * of the fixture server, loads studytrail-widget.js, then times appending a `<studytrail-progress>` with
 * the demo snapshot as inline JSON: inline data renders synchronously in connectedCallback, so the time
 * to `append` returning is the first render (attributes, parsing with zod/mini, Preact into the shadow
 * root, then style and layout forced by reading its height), cold: the first element of the page. Then
 * 20 more elements in the same page give a warm figure.
 */

const RUNS = 7;
const WARM_ELEMENTS = 20;

/**
 * Runs in the page. Plain JavaScript text: tsx would add its own helpers (`__name`) to a function passed
 * to page.evaluate, and the page has none.
 */
const PLACE_WIDGETS = `(json, warmCount) => {
  const place = () => {
    const element = document.createElement('studytrail-progress');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
    const start = performance.now();
    document.body.append(element);
    const dom = performance.now() - start;
    // Reading a size forces style and layout of the shadow tree: counted as part of the render.
    if (element.offsetHeight === 0) throw new Error('the widget has no height');
    const ms = performance.now() - start;
    const state = element.shadowRoot?.querySelector('section')?.dataset.state;
    if (state !== 'ready') throw new Error('the widget rendered "' + state + '", not the snapshot');
    return { dom, ms };
  };
  const cold = place();
  const warm = Array.from({ length: warmCount }, place);
  return { coldDom: cold.dom, cold: cold.ms, warm: warm.map((w) => w.ms) };
}`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export interface WidgetRenderTimes {
  /** Until the shadow tree is built (append returns). */
  coldDomMs: number[];
  /** The same plus style and layout. */
  coldMs: number[];
  warmMs: number[];
}

export async function measureWidgetRender(): Promise<WidgetRenderTimes> {
  const snapshot = await readFile(new URL('../fixtures/portal/snapshot.json', import.meta.url), 'utf8');
  const server = await startFixtureServer(0);
  const chromium = await launchPlainChromium({ headless: true });
  const times: WidgetRenderTimes = { coldDomMs: [], coldMs: [], warmMs: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await chromium.browser.newPage();
      await page.goto(`${server.origin}/other/index.html`, { waitUntil: 'load' });
      await page.addScriptTag({ url: `${server.origin}/widget/studytrail-widget.js` });
      const result = (await page.evaluate(
        `(${PLACE_WIDGETS})(${JSON.stringify(snapshot)}, ${WARM_ELEMENTS})`,
      )) as { coldDom: number; cold: number; warm: number[] };
      times.coldMs.push(result.cold);
      times.coldDomMs.push(result.coldDom);
      times.warmMs.push(...result.warm);
      await page.close();
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  return times;
}

export function widgetRenderLines(times: WidgetRenderTimes): string[] {
  const cold = median(times.coldMs);
  return [
    `first render in Chromium (headless, inline snapshot, DOM + style + layout, the page's first element), median of ${times.coldMs.length} pages: ${cold.toFixed(2)} ms, max ${Math.max(...times.coldMs).toFixed(2)} ms (budget < 20 ms): ${cold < 20 ? 'ok' : 'OVER BUDGET'}`,
    `  of which building the shadow tree (append returning), median: ${median(times.coldDomMs).toFixed(2)} ms`,
    `warm render (further elements on the same page), median of ${times.warmMs.length}: ${median(times.warmMs).toFixed(2)} ms`,
  ];
}
