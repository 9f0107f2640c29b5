import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { rowsWhen } from './harness/recorded.mjs';
import { HEARTBEAT_MS, shownMinutes, sleep } from './harness/time.mjs';
import { LessonPage } from './pages/lesson-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

describe('two windows on two monitors, both playing', () => {
  const env = useBrowserSession();

  it('never counts more than the wall time', async () => {
    const startedAt = Date.now();
    const first = await LessonPage.open(env.chromium.browser, `${env.server.origin}/platform/lesson-1.html`);
    const secondPage = await env.chromium.browser.newPage({
      type: 'window',
      windowBounds: { left: 620, top: 0, width: 600, height: 700 },
    });
    await secondPage.goto(`${env.server.origin}/platform/lesson-2.html`);
    const second = new LessonPage(secondPage);
    await Promise.all([first.waitForPlaying(), second.waitForPlaying()]);
    await sleep(40_000);
    await Promise.all([first.pause(), second.pause()]);
    // Both pauses are announced at once: wait until both lessons' rows reach them, not for a fixed time.
    const lastEnd = (intervals: { end: number }[]) => Math.max(...intervals.map((i) => i.end));
    const pausedAt = Math.min(
      lastEnd(await first.playbackIntervals()),
      lastEnd(await second.playbackIntervals()),
    );
    const sessions = (await rowsWhen(
      env.chromium.extension,
      (rows: { end: number }[]) => rows.filter((row) => row.end >= pausedAt - 1000).length >= 2,
    )) as { start: number; end: number; lessonTitle: string }[];
    const wallMs = Date.now() - startedAt;
    const perTabSum = sessions.reduce(
      (sum: number, s: { start: number; end: number }) => sum + s.end - s.start,
      0,
    );
    const union = unionMs(sessions);
    const lessons = new Set(sessions.map((s: { lessonTitle: string }) => s.lessonTitle));
    // Both windows were really counted, so the sum double-counts; the union is what StudyTrail reports.
    expect(lessons.size).toBe(2);
    expect(perTabSum).toBeGreaterThan(union + 20_000);
    expect(union).toBeLessThanOrEqual(wallMs);
    expect(union).toBeGreaterThanOrEqual(unionMs(await first.playbackIntervals()) - HEARTBEAT_MS);
    const popup = await PopupPage.open(env.chromium.browser, env.chromium.extension);
    expect(await popup.todayMinutes()).toBe(shownMinutes(union));
  });
});
