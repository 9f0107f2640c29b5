import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from './harness/chromium.mjs';
import { unionMs } from './harness/intervals.mjs';
import { HEARTBEAT_MS, sleep } from './harness/time.mjs';
import { LessonPage } from './pages/lesson-page.mjs';

describe('a stopped service worker', () => {
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

  it('loses at most one heartbeat when stopped mid-lecture, and adds nothing', async () => {
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await sleep(20_000);
    await chromium.extension.stopWorker(lesson.page);
    const workerGone = await chromium.browser
      .waitForTarget((t) => t.type() === 'service_worker', { timeout: 1 })
      .then(() => false)
      .catch(() => true);
    await sleep(30_000);
    await lesson.pause();
    await sleep(1500);

    const truth = unionMs(await lesson.playbackIntervals());
    const sessions = await chromium.extension.sessions();
    const recorded = unionMs(sessions);
    expect(recorded).toBeGreaterThanOrEqual(truth - HEARTBEAT_MS);
    expect(recorded).toBeLessThanOrEqual(truth + 1000);
    expect(workerGone).toBe(true);
    // The restarted worker continued the open segment rather than starting another.
    expect(sessions).toHaveLength(1);
  });
});
