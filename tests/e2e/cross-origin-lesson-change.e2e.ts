import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { describeRows, rowsWhen } from './harness/recorded.mjs';
import { sleep } from './harness/time.mjs';
import { MediaPlayer } from './pages/media-player.mjs';

type Row = { start: number; end: number; lessonKey: string; lessonTitle: string; platformId: string };

/** A pause and a lesson change are announced at once (docs/architecture.md section 3), from a frame too. */
const ANNOUNCED_MS = 2500;

describe('a player in a cross-origin frame', () => {
  const env = useBrowserSession();

  it('counts a lesson changed inside a cross-origin player frame as a second lesson', async () => {
    const page = await env.chromium.browser.newPage();
    const openedAt = Date.now();
    await page.goto(`${env.server.origin}/platform/iframe-course.html#/lesson/1`);
    const first = await MediaPlayer.inFrame(page, '/platform/player.html?lesson=1');
    await first.play();
    await sleep(12_000);
    const truth1 = unionMs(await first.playbackIntervals());
    const switchedAt = Date.now();
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-lesson="2"]')?.click());
    const second = await MediaPlayer.inFrame(page, '/platform/player.html?lesson=2');
    await second.play();
    await sleep(12_000);
    const pausedAt = await second.pause();
    const truth2 = unionMs(await second.playbackIntervals());

    const byTitle = (stored: Row[], title: string) =>
      stored.filter((row) => row.lessonTitle === title && row.end >= openedAt);
    const stored = (await rowsWhen(env.chromium.extension, (all: Row[]) =>
      byTitle(all, '第七讲 网络育人（下）').some((row) => row.end >= pausedAt - 1000),
    )) as Row[];
    const lesson1 = byTitle(stored, '第七讲 网络育人（上）');
    const lesson2 = byTitle(stored, '第七讲 网络育人（下）');
    const summary = `played ${truth1} + ${truth2} ms, switched at ${switchedAt - openedAt} ms; rows:\n${describeRows([...lesson1, ...lesson2], openedAt)}`;
    expect.soft(unionMs(lesson1), summary).toBeGreaterThanOrEqual(truth1 - ANNOUNCED_MS);
    expect.soft(unionMs(lesson1), summary).toBeLessThanOrEqual(truth1 + ANNOUNCED_MS);
    expect.soft(unionMs(lesson2), summary).toBeGreaterThanOrEqual(truth2 - ANNOUNCED_MS);
    expect.soft(unionMs(lesson2), summary).toBeLessThanOrEqual(truth2 + ANNOUNCED_MS);
    expect(
      lesson2.every((row) => !lesson1.some((other) => other.lessonKey === row.lessonKey)),
      summary,
    ).toBe(true);
    await page.close();
  });
});
