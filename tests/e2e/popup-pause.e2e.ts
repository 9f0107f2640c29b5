import { describe, expect, it } from 'vitest';
import { PAUSED_BADGE } from '@/entrypoints/background/write-badge';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { LessonPage } from './pages/lesson-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

/** The shortest allowed interval, so "nothing counted" is seen over several heartbeats quickly. */
const HEARTBEAT_MS = 5_000;

type Row = { start: number; end: number };

/** The extension API as seen from the service worker the test evaluates in. */
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

/** The extension's running service worker (the harness wakes it if it was stopped). */
async function workerOf(extension: { worker(): Promise<unknown> }) {
  const worker = (await extension.worker()) as import('puppeteer-core').WebWorker | null;
  if (!worker) throw new Error('no service worker');
  return worker;
}

describe('pausing from the popup on a playing demo lecture (Chromium)', () => {
  const session = useBrowserSession();

  async function recordedMs(): Promise<number> {
    return unionMs((await session.chromium.extension.sessions()) as Row[]);
  }

  /** Polls the database until `test` holds of its rows (each heartbeat writes through). */
  async function waitForRows(test: (rows: Row[]) => boolean, timeoutMs = 60_000): Promise<Row[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = (await session.chromium.extension.sessions()) as Row[];
      if (test(rows)) return rows;
      if (Date.now() > deadline) throw new Error(`rows never matched: ${JSON.stringify(rows)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  const badgeText = async () =>
    (await workerOf(session.chromium.extension)).evaluate(() => chrome.action.getBadgeText({}));

  it('pause stops counting while the lecture plays, resume starts it again; the badge shows the pause', async () => {
    const { chromium, server } = session;
    await chromium.extension.setSettings({ heartbeatSeconds: HEARTBEAT_MS / 1000 });
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await lesson.page.bringToFront();
    await waitForRows((rows) => unionMs(rows) >= 2 * HEARTBEAT_MS);

    let popup = await PopupPage.openOnActiveTab(chromium.browser, chromium.extension);
    await popup.waitForStatus('tracking');
    await popup.click('pause-1hour');
    await popup.waitForStatus('not-tracking', 'paused');
    expect(await popup.text('paused-until')).toMatch(/\d\d:\d\d/);
    await expect.poll(badgeText, { timeout: 10_000 }).toBe(PAUSED_BADGE);
    const pausedAt = Date.now();
    await popup.page.close();

    // Settle the closing heartbeat, then watch several heartbeat intervals of a lecture still playing.
    await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS));
    const atPause = await recordedMs();
    await new Promise((resolve) => setTimeout(resolve, 4 * HEARTBEAT_MS));
    expect(await lesson.page.evaluate(() => !document.querySelector('video')?.paused)).toBe(true);
    expect(await recordedMs()).toBe(atPause);
    const rows = (await chromium.extension.sessions()) as Row[];
    expect(rows.every((row) => row.end <= pausedAt + 1000)).toBe(true);

    popup = await PopupPage.openOnActiveTab(chromium.browser, chromium.extension);
    await popup.waitForStatus('not-tracking', 'paused');
    const resumedAt = Date.now();
    await popup.click('resume');
    await popup.waitForStatus('tracking');
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('');
    await popup.page.close();
    const after = await waitForRows((all) =>
      all.some((row) => row.start >= resumedAt && row.end - row.start >= HEARTBEAT_MS),
    );
    expect(unionMs(after)).toBeGreaterThan(atPause);
  });

  it('a timed pause ends by itself at its moment, with the service worker stopped and no settings change', async () => {
    const { chromium, server } = session;
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-2.html`);
    await lesson.waitForPlaying();
    await lesson.page.bringToFront();
    const pauseSetAt = Date.now();
    const pausedUntil = Date.now() + 4 * HEARTBEAT_MS;
    await chromium.extension.setSettings({
      heartbeatSeconds: HEARTBEAT_MS / 1000,
      paused: true,
      pausedUntil,
    });
    await expect.poll(badgeText, { timeout: 10_000 }).toBe(PAUSED_BADGE);
    // Stop the service worker (closing its target stops it, as Chrome does when it idles). Reading the
    // database would wake it through a new tab that hides the lecture: wait until something else wakes it.
    const isWorker = (t: { type(): string; url(): string }) =>
      t.type() === 'service_worker' && t.url() === chromium.extension.url('background.js');
    const stopped = new Promise<void>((resolve) =>
      chromium.browser.on('targetdestroyed', (t) => isWorker(t) && resolve()),
    );
    await (await workerOf(chromium.extension)).close();
    await stopped;
    await chromium.browser.waitForTarget(isWorker, { timeout: 60_000 });

    const rows = await waitForRows((all) =>
      all.some((row) => row.start >= pausedUntil && row.end - row.start >= HEARTBEAT_MS),
    );
    const first = rows.filter((row) => row.start >= pausedUntil).sort((a, b) => a.start - b.start)[0] as Row;
    // Counting starts again within about a heartbeat of the end, not at some later event.
    expect(first.start - pausedUntil).toBeLessThan(HEARTBEAT_MS);
    // Nothing counted during the pause (the closing heartbeat may end up to one interval after it began).
    expect(rows.every((row) => row.end <= pauseSetAt + HEARTBEAT_MS + 1000 || row.start >= pausedUntil)).toBe(
      true,
    );
    // The alarm at the end (Chrome fires alarms at most every 30 s) clears the badge and the stored flag.
    await expect.poll(badgeText, { timeout: 60_000, interval: 1000 }).toBe('');
  });
});
