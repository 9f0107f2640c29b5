import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { HEARTBEAT_MS, sleep } from './harness/time.mjs';
import { LessonPage } from './pages/lesson-page.mjs';

describe('a stopped service worker', () => {
  const env = useBrowserSession();

  it('loses at most one heartbeat when stopped mid-lecture, and adds nothing', async () => {
    const lesson = await LessonPage.open(env.chromium.browser, `${env.server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await sleep(20_000);
    await env.chromium.extension.stopWorker(lesson.page);
    const workerGone = await env.chromium.browser
      .waitForTarget((t) => t.type() === 'service_worker', { timeout: 1 })
      .then(() => false)
      .catch(() => true);
    await sleep(30_000);
    await lesson.pause();
    await sleep(1500);

    const truth = unionMs(await lesson.playbackIntervals());
    const sessions = await env.chromium.extension.sessions();
    const recorded = unionMs(sessions);
    expect(recorded).toBeGreaterThanOrEqual(truth - HEARTBEAT_MS);
    expect(recorded).toBeLessThanOrEqual(truth + 1000);
    expect(workerGone).toBe(true);
    // The restarted worker continued the open segment rather than starting another.
    expect(sessions).toHaveLength(1);
  });
});
