import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from './harness/chromium.mjs';
import { unionMs } from './harness/intervals.mjs';
import { rowsWhen } from './harness/recorded.mjs';
import { HEARTBEAT_MS, shownMinutes } from './harness/time.mjs';
import { LessonPage } from './pages/lesson-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

const PLAY_MS = 65_000;

describe('the first study minute in Chromium', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let truthMs = 0;
  let recordedMs = 0;
  let sessions: Array<{ start: number; end: number; kind: string; courseTitle: string; lessonTitle: string }>;

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium();
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await new Promise((resolve) => setTimeout(resolve, PLAY_MS));
    await lesson.pause();
    const truth = await lesson.playbackIntervals();
    truthMs = unionMs(truth);
    // The pause is announced at once: wait until it is stored rather than for a fixed time.
    const pausedAt = Math.max(...truth.map((i: { end: number }) => i.end));
    sessions = (await rowsWhen(chromium.extension, (rows: { end: number }[]) =>
      rows.some((row) => row.end >= pausedAt - 1000),
    )) as typeof sessions;
    recordedMs = unionMs(sessions);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('records a playing lecture without any input, within one heartbeat of the true playing time', () => {
    expect(truthMs).toBeGreaterThanOrEqual(PLAY_MS);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.kind === 'media')).toBe(true);
    expect(recordedMs).toBeGreaterThanOrEqual(truthMs - HEARTBEAT_MS);
    // Never more than really played (1 s for the two event handlers' clocks).
    expect(recordedMs).toBeLessThanOrEqual(truthMs + 1000);
  });

  it('names the course and lesson from the page', () => {
    expect(sessions[0]?.courseTitle).toBe('高校辅导员心理育人能力提升');
    expect(sessions[0]?.lessonTitle).toBe('第一讲 大学生心理危机的早期识别');
  });

  it('shows those minutes and the lesson in the popup', async () => {
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    expect(await popup.todayMinutes()).toBe(shownMinutes(recordedMs));
    expect(await popup.todayMinutes()).toBeGreaterThanOrEqual(1);
    expect(await popup.text('current-course')).toBe('高校辅导员心理育人能力提升');
    expect(await popup.text('current-lesson')).toBe('第一讲 大学生心理危机的早期识别');
    // The lecture was paused: "last studied", not "studying now".
    expect(
      await popup.page.$eval('[data-testid="current"]', (el: Element) => el.getAttribute('data-active')),
    ).toBe('false');
  });
});
