import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import {
  ANNOUNCED_MS,
  describeRows,
  PLATFORM_HOSTS,
  recordedBetween,
  rowsWhen,
  watchCrashes,
} from './harness/recorded.mjs';
import { sleep } from './harness/time.mjs';
import { MediaPlayer } from './pages/media-player.mjs';

type Row = { start: number; end: number; lessonKey: string; lessonTitle: string; platformId: string };

const CHAOXING_LESSON =
  '/mycourse/studentstudy?chapterId=101&courseId=2001&clazzid=3001&cpi=1&enc=9f8e7d6c&mooc2=1';
const chaoxingPlayer = (knowledgeId: string) =>
  `/ananas/modules/video/index.html?v=2024-0101-1200&knowledgeid=${knowledgeId}`;

describe('lectures in same-origin frames, on pages shaped like the platforms', () => {
  const env = useBrowserSession({ mapHosts: PLATFORM_HOSTS });
  it('超星: counts a lecture two same-origin frames deep and a chapter switched in place as a second lesson', async () => {
    const page = await env.chromium.browser.newPage();
    const crashes = watchCrashes(page);
    const openedAt = Date.now();
    await page.goto(env.server.siteUrl('mooc1.chaoxing.com', CHAOXING_LESSON));
    const first = await MediaPlayer.inFrame(page, chaoxingPlayer('101'), '#video_html5_api');
    await first.play();
    await sleep(12_000);
    const firstTruth = unionMs(await first.playbackIntervals());
    // The learner picks the next chapter in the catalogue: #mainid and its frames are replaced, no reload.
    const switchedAt = Date.now();
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-chapter="102"]')?.click());
    const second = await MediaPlayer.inFrame(page, chaoxingPlayer('102'), '#video_html5_api');
    await second.play();
    await sleep(12_000);
    const pausedAt = await second.pause();
    const secondTruth = unionMs(await second.playbackIntervals());

    const byTitle = (stored: Row[], title: string) =>
      stored.filter((row) => row.platformId === 'chaoxing' && row.lessonTitle === title);
    const stored = (await rowsWhen(env.chromium.extension, (all: Row[]) =>
      byTitle(all, '1.2 谈心谈话的方法').some((row) => row.end >= pausedAt - 1000),
    )) as Row[];
    const chapter1 = byTitle(stored, '1.1 心理危机的早期识别');
    const chapter2 = byTitle(stored, '1.2 谈心谈话的方法');
    const summary = `played ${firstTruth} + ${secondTruth} ms, switched at ${switchedAt - openedAt} ms; rows:\n${describeRows(
      stored.filter((row) => row.platformId === 'chaoxing'),
      openedAt,
    )}`;
    expect.soft(crashes).toEqual([]);
    expect.soft(unionMs(chapter1), summary).toBeGreaterThanOrEqual(firstTruth - ANNOUNCED_MS);
    expect.soft(unionMs(chapter1), summary).toBeLessThanOrEqual(firstTruth + ANNOUNCED_MS);
    expect.soft(unionMs(chapter2), summary).toBeGreaterThanOrEqual(secondTruth - ANNOUNCED_MS);
    expect.soft(unionMs(chapter2), summary).toBeLessThanOrEqual(secondTruth + 1000);
    // Nothing else was stored for this page: every 超星 row is one of the two chapters.
    expect(stored.filter((row) => row.platformId === 'chaoxing').length).toBe(
      chapter1.length + chapter2.length,
    );
    await page.close();
  });

  it('counts a lecture in one same-origin frame and splits it where the lesson after # changes', async () => {
    const page = await env.chromium.browser.newPage();
    const crashes = watchCrashes(page);
    const openedAt = Date.now();
    await page.goto(`${env.server.origin}/platform/frame-lesson.html#/lesson/1`);
    const player = await MediaPlayer.inFrame(page, '/platform/frame-player.html');
    await player.play();
    await sleep(12_000);
    const switchedAt = await page.evaluate(() => {
      location.hash = '#/lesson/2';
      return Date.now();
    });
    await sleep(12_000);
    const pausedAt = await player.pause();
    const truth = await player.playbackIntervals();

    const byTitle = (stored: Row[], title: string) => stored.filter((row) => row.lessonTitle === title);
    const stored = (await rowsWhen(env.chromium.extension, (all: Row[]) =>
      byTitle(all, '第六讲 心理育人（二）').some((row) => row.end >= pausedAt - 1000),
    )) as Row[];
    const lesson1 = byTitle(stored, '第六讲 心理育人（一）');
    const lesson2 = byTitle(stored, '第六讲 心理育人（二）');
    const truth1 = recordedBetween(truth, 0, switchedAt);
    const truth2 = recordedBetween(truth, switchedAt, Number.MAX_SAFE_INTEGER);
    expect.soft(crashes).toEqual([]);
    const summary = `switched at ${switchedAt - openedAt} ms; rows:\n${describeRows([...lesson1, ...lesson2], openedAt)}`;
    expect.soft(unionMs(lesson1), summary).toBeGreaterThanOrEqual(truth1 - ANNOUNCED_MS);
    expect.soft(unionMs(lesson1), summary).toBeLessThanOrEqual(truth1 + 1000);
    expect.soft(unionMs(lesson2), summary).toBeGreaterThanOrEqual(truth2 - ANNOUNCED_MS);
    expect.soft(unionMs(lesson2), summary).toBeLessThanOrEqual(truth2 + 1000);
    expect(new Set(lesson1.map((row) => row.lessonKey)).size, summary).toBe(1);
    expect(
      lesson2.every((row) => !lesson1.some((other) => other.lessonKey === row.lessonKey)),
      summary,
    ).toBe(true);
    await page.close();
  });
});
