import { unionMs } from './intervals.mjs';

/**
 * Platform host names the browser resolves to the fixture server (pages under tests/fixtures/sites/):
 * each answers over plain http, none is on Chromium's HSTS preload list.
 */
export const PLATFORM_HOSTS = [
  'mooc1.chaoxing.com',
  'study.enaea.edu.cn',
  'basic.smartedu.cn',
  'www.icourse163.org',
  'onlinenew.enetedu.com',
];

/**
 * Play, pause and lesson changes are announced at once (docs/architecture.md section 3), so the stored time follows
 * the played time closely; the allowance (ms) covers the page's 2 s throttle on DOM changes.
 */
export const ANNOUNCED_MS = 2500;

/** Stored time (ms, union of rows) that lies within [from, to). */
export function recordedBetween(rows, from, to) {
  return unionMs(rows, from, to);
}

/**
 * Polls the extension's rows until `done(rows)` holds or `timeoutMs` passes, and returns the last rows
 * either way, so a test asserts on what was stored rather than failing on a timeout.
 * @param {import('./chromium.mjs').ExtensionHandle} extension
 * @param {(rows: any[]) => boolean} done
 */
export async function rowsWhen(extension, done, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await extension.sessions();
    if (done(rows) || Date.now() >= deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Collects console messages of a page (all its frames) that say a content script crashed.
 * @param {import('puppeteer-core').Page} page
 */
export function watchCrashes(page) {
  const crashes = [];
  page.on('console', (message) => {
    if (/crashed on startup/i.test(message.text())) crashes.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/crashed on startup/i.test(String(error))) crashes.push(String(error));
  });
  return crashes;
}

/** Rows in a line each (title, kind, start and end relative to `since` in ms), for assertion messages. */
export function describeRows(rows, since) {
  return rows
    .map((row) => `${row.lessonTitle} | ${row.kind} | ${row.start - since}..${row.end - since}`)
    .join('\n');
}
