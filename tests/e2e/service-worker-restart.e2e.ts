import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { rowsWhen } from './harness/recorded.mjs';
import { HEARTBEAT_MS, sleep } from './harness/time.mjs';
import { LessonPage } from './pages/lesson-page.mjs';

describe('a stopped service worker', () => {
  const env = useBrowserSession();

  it('loses at most one heartbeat when stopped mid-lecture, and adds nothing', async () => {
    const { extension } = env.chromium;
    const lesson = await LessonPage.open(env.chromium.browser, `${env.server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    // Real playback time on both sides of the stop.
    await sleep(20_000);
    const startedBefore = await extension.workerStartedAt();
    const stoppedAt = Date.now();
    await extension.stopWorker();
    await sleep(30_000);
    await lesson.pause();

    const truthIntervals = await lesson.playbackIntervals();
    const pausedAt = Math.max(...truthIntervals.map((i: { end: number }) => i.end));
    const sessions = (await rowsWhen(extension, (rows: { end: number }[]) =>
      rows.some((row) => row.end >= pausedAt - 1000),
    )) as { start: number; end: number }[];
    // A worker whose global scope began after the stop: the old one really ended and a new one took over.
    const startedAfter = await extension.workerStartedAt();
    expect(startedAfter).not.toBe(startedBefore);
    expect(startedAfter).toBeGreaterThan(stoppedAt);

    const truth = unionMs(truthIntervals);
    const recorded = unionMs(sessions);
    expect(recorded).toBeGreaterThanOrEqual(truth - HEARTBEAT_MS);
    expect(recorded).toBeLessThanOrEqual(truth + 1000);
    // The restarted worker continued the open segment rather than starting another.
    expect(sessions).toHaveLength(1);
  });
});
