import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { PLATFORM_HOSTS, rowsWhen } from './harness/recorded.mjs';
import { sleep } from './harness/time.mjs';
import { MediaPlayer } from './pages/media-player.mjs';

type Row = { start: number; end: number; platformId: string; courseKey: string; lessonKey: string };

const studentStudy = (course: string, clazz: string, chapter: string, enc: string) =>
  `/mycourse/studentstudy?chapterId=${chapter}&courseId=${course}&clazzid=${clazz}&cpi=1&enc=${enc}&mooc2=1`;
const playerOf = (knowledgeId: string) =>
  `/ananas/modules/video/index.html?v=2024-0101-1200&knowledgeid=${knowledgeId}`;

describe('courses and lessons are told apart by the platform’s ids, not by titles', () => {
  const env = useBrowserSession({ mapHosts: PLATFORM_HOSTS });

  /** Plays the current chapter's lecture for a few seconds; returns the rows stored for that stretch. */
  const study = async (page: Page, knowledgeId: string) => {
    const startedAt = Date.now();
    const player = await MediaPlayer.inFrame(page, playerOf(knowledgeId), '#video_html5_api');
    await player.play();
    await sleep(3000);
    const pausedAt = await player.pause();
    const ours = (row: Row) => row.platformId === 'chaoxing' && row.end >= startedAt && row.start <= pausedAt;
    const rows = (await rowsWhen(env.chromium.extension, (all: Row[]) =>
      all.some((row) => ours(row) && row.end >= pausedAt - 1000),
    )) as Row[];
    return rows.filter(ours);
  };
  const only = (rows: Row[], key: 'courseKey' | 'lessonKey') => {
    const keys = new Set(rows.map((row) => row[key]));
    expect(keys.size).toBe(1);
    return [...keys][0];
  };

  it('超星: one course over chapters and visits (its per-visit enc aside), another course apart, a chapter switched in place its own lesson', async () => {
    const page = await env.chromium.browser.newPage();
    await page.goto(env.server.siteUrl('mooc1.chaoxing.com', studentStudy('2001', '3001', '101', 'aaa111')));
    const visit1 = await study(page, '101');
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-chapter="102"]')?.click());
    const switched = await study(page, '102');
    await page.goto(env.server.siteUrl('mooc1.chaoxing.com', studentStudy('2001', '3001', '101', 'ccc333')));
    const visit2 = await study(page, '101');
    await page.goto(env.server.siteUrl('mooc1.chaoxing.com', studentStudy('2002', '3002', '201', 'ddd444')));
    const otherCourse = await study(page, '201');
    await page.close();

    const course = only(visit1, 'courseKey');
    expect(only(switched, 'courseKey')).toBe(course);
    expect(only(visit2, 'courseKey')).toBe(course);
    expect(only(otherCourse, 'courseKey')).not.toBe(course);
    const lesson = only(visit1, 'lessonKey');
    expect(only(visit2, 'lessonKey')).toBe(lesson);
    expect(only(switched, 'lessonKey')).not.toBe(lesson);
  });
});
