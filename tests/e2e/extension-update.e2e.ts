import type { Target } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { CHROME_DEMO_BUILD } from './harness/paths.mjs';
import { rowsWhen } from './harness/recorded.mjs';
import { HEARTBEAT_MS } from './harness/time.mjs';
import { waitFor } from './harness/wait-for';
import { LessonPage } from './pages/lesson-page.mjs';

/** The extension API as seen from the extension page the test evaluates in. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ stats: { heartbeats: number } }> };
};

interface Row {
  start: number;
  end: number;
}

describe('an extension update (reload) with a lesson open', () => {
  const env = useBrowserSession();

  it('keeps the open lesson counting without a page reload, with one copy of the platform script', async () => {
    const { browser, extension } = env.chromium;
    const lesson = await LessonPage.open(browser, `${env.server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    // The lecture is being recorded: its first row is stored.
    await rowsWhen(extension, (rows: Row[]) => rows.length > 0, 60_000);

    const isWorker = (t: Target) =>
      t.type() === 'service_worker' && t.url() === extension.url('background.js');
    const oldWorkerId = (browser.targets().find(isWorker) as unknown as { _targetId: string })._targetId;
    const reloadAt = Date.now();
    // Installing the same unpacked build again is an update (onInstalled "update"), data kept. In this
    // Chromium, chrome.runtime.reload() unloads a CDP-loaded extension without loading it back.
    await browser.installExtension(CHROME_DEMO_BUILD);
    await browser.waitForTarget(
      (t) => isWorker(t) && (t as unknown as { _targetId: string })._targetId !== oldWorkerId,
      { timeout: 30_000 },
    );

    // Two full heartbeat intervals after the reload, counted by the new worker.
    const rows = await waitFor(
      () => extension.sessions() as Promise<Row[]>,
      (all) => all.some((row) => row.end >= reloadAt + 2 * HEARTBEAT_MS + 5000),
      90_000,
      1000,
    );
    await lesson.pause();
    const sinceReload = Date.now() - reloadAt;
    // The heartbeats the new worker heard, read from an extension page (a worker cannot message itself).
    const page = await browser.newPage();
    await page.goto(extension.url('popup.html'));
    const stats = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-stats' }));
    await page.close();

    const after = rows.map((row) => ({ start: Math.max(row.start, reloadAt), end: row.end }));
    // The lecture played all along; after the reload at most one interval (the injection) is missed.
    expect(unionMs(after)).toBeGreaterThanOrEqual(2 * HEARTBEAT_MS);
    expect(await lesson.page.evaluate(() => document.querySelector('video')?.paused)).toBe(true);
    // One copy of the script: one heartbeat per interval, plus the one at its start and the pause's.
    expect(stats.stats.heartbeats).toBeGreaterThan(0);
    expect(stats.stats.heartbeats).toBeLessThanOrEqual(Math.floor(sinceReload / HEARTBEAT_MS) + 2);
  });
});
