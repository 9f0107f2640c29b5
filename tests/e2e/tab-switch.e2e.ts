import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from './harness/chromium.mjs';
import { unionMs } from './harness/intervals.mjs';
import { HEARTBEAT_MS, sleep } from './harness/time.mjs';
import { LessonPage } from './pages/lesson-page.mjs';

describe('switching to a non-platform tab', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('stops the count within one heartbeat, while the lecture keeps playing in the background', async () => {
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await sleep(20_000);
    const other = await chromium.browser.newPage();
    const switchedAt = Date.now();
    await other.goto(`${server.origin}/other/`);
    await other.bringToFront();
    await sleep(35_000);

    const sessions = await chromium.extension.sessions();
    const playedBeforeSwitch = unionMs(await lesson.playbackIntervals()) - (Date.now() - switchedAt);
    const lastEnd = Math.max(...sessions.map((s: { end: number }) => s.end));
    expect(await lesson.page.evaluate(() => document.visibilityState)).toBe('hidden');
    expect(lastEnd).toBeLessThanOrEqual(switchedAt + HEARTBEAT_MS);
    expect(unionMs(sessions)).toBeGreaterThanOrEqual(playedBeforeSwitch - HEARTBEAT_MS);
  });
});
