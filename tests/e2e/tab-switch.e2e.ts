import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { HEARTBEAT_MS, sleep } from './harness/time.mjs';
import { LessonPage } from './pages/lesson-page.mjs';

describe('switching to a non-platform tab', () => {
  const env = useBrowserSession();

  it('stops the count within one heartbeat, while the lecture keeps playing in the background', async () => {
    const lesson = await LessonPage.open(env.chromium.browser, `${env.server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await sleep(20_000);
    const other = await env.chromium.browser.newPage();
    const switchedAt = Date.now();
    await other.goto(`${env.server.origin}/other/`);
    await other.bringToFront();
    await sleep(35_000);

    const sessions = await env.chromium.extension.sessions();
    const playedBeforeSwitch = unionMs(await lesson.playbackIntervals()) - (Date.now() - switchedAt);
    const lastEnd = Math.max(...sessions.map((s: { end: number }) => s.end));
    expect(await lesson.page.evaluate(() => document.visibilityState)).toBe('hidden');
    expect(lastEnd).toBeLessThanOrEqual(switchedAt + HEARTBEAT_MS);
    expect(unionMs(sessions)).toBeGreaterThanOrEqual(playedBeforeSwitch - HEARTBEAT_MS);
  });
});
