import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { HEARTBEAT_MS, sleep } from './harness/time.mjs';

type Row = { start: number; end: number; lessonKey: string; lessonTitle: string; kind: string };

describe('players in iframes, shadow roots and single-page courses', () => {
  const env = useBrowserSession();

  const rowsFor = async (title: string) =>
    ((await env.chromium.extension.sessions()) as Row[]).filter((row) => row.lessonTitle === title);

  it('counts a lecture whose player is in a cross-origin iframe', async () => {
    const page = await env.chromium.browser.newPage();
    await page.goto(`${env.server.origin}/platform/iframe-lesson.html`);
    const player = await page.waitForFrame((frame) => frame.url().includes('/platform/player.html'));
    await player.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.2);
    await sleep(30_000);
    await player.evaluate(() => document.querySelector('video')?.pause());
    await sleep(1500);
    const truth = unionMs(
      await player.evaluate(
        () => (window as unknown as { __playback: { intervals: [] } }).__playback.intervals,
      ),
    );
    const recorded = unionMs(await rowsFor('第三讲 网络思想政治教育'));
    expect(recorded).toBeGreaterThanOrEqual(truth - HEARTBEAT_MS);
    expect(recorded).toBeLessThanOrEqual(truth + 1000);
    await page.close();
  });

  it('counts a lecture whose <video> is inside an open shadow root', async () => {
    const page = await env.chromium.browser.newPage();
    await page.goto(`${env.server.origin}/platform/shadow-lesson.html`);
    const currentTime = () =>
      page.evaluate(
        () => document.querySelector('demo-player')?.shadowRoot?.querySelector('video')?.currentTime ?? 0,
      );
    await page.waitForFunction(
      () =>
        (document.querySelector('demo-player')?.shadowRoot?.querySelector('video')?.currentTime ?? 0) > 0.2,
    );
    await sleep(30_000);
    await page.evaluate(() =>
      document.querySelector('demo-player')?.shadowRoot?.querySelector('video')?.pause(),
    );
    await sleep(1500);
    // The media clock is the truth here: playbackRate is 1, so currentTime is the seconds played.
    const truth = (await currentTime()) * 1000;
    const recorded = unionMs(await rowsFor('第四讲 学生资助工作'));
    expect(recorded).toBeGreaterThanOrEqual(truth - HEARTBEAT_MS);
    expect(recorded).toBeLessThanOrEqual(truth + 1000);
    await page.close();
  });

  it('starts a new lesson when a single-page player changes the lesson after #', async () => {
    const page = await env.chromium.browser.newPage();
    await page.goto(`${env.server.origin}/platform/spa-course.html#/lesson/1`);
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.2);
    await sleep(20_000);
    await page.evaluate(() => {
      location.hash = '#/lesson/2';
    });
    await sleep(20_000);
    await page.evaluate(() => document.querySelector('video')?.pause());
    await sleep(1500);
    const upper = await rowsFor('第五讲 班级建设（上）');
    const lower = await rowsFor('第五讲 班级建设（下）');
    expect(upper.every((row) => row.lessonKey.endsWith('#/lesson/1'))).toBe(true);
    expect(lower.every((row) => row.lessonKey.endsWith('#/lesson/2'))).toBe(true);
    expect(unionMs(upper)).toBeGreaterThanOrEqual(20_000 - HEARTBEAT_MS);
    expect(unionMs(lower)).toBeGreaterThanOrEqual(20_000 - HEARTBEAT_MS);
    // Continuous study: the second lesson starts where the first one ends.
    expect(Math.min(...lower.map((row) => row.start))).toBe(Math.max(...upper.map((row) => row.end)));
    await page.close();
  });
});
