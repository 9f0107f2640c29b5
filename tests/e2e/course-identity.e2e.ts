import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { describeRows, PLATFORM_HOSTS, rowsWhen } from './harness/recorded.mjs';
import { sleep } from './harness/time.mjs';
import { MediaPlayer } from './pages/media-player.mjs';

type Row = {
  start: number;
  end: number;
  platformId: string;
  courseKey: string;
  lessonKey: string;
  lessonTitle: string;
  kind: string;
};

const studentStudy = (course: string, clazz: string, chapter: string, enc: string) =>
  `/mycourse/studentstudy?chapterId=${chapter}&courseId=${course}&clazzid=${clazz}&cpi=1&enc=${enc}&mooc2=1`;
const playerOf = (knowledgeId: string) =>
  `/ananas/modules/video/index.html?v=2024-0101-1200&knowledgeid=${knowledgeId}`;

describe('courses and lessons are told apart by the platforms’ ids, not by titles', () => {
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

  it('中国大学MOOC: two units of one term, switched after #, are two lessons of one course', async () => {
    const page = await env.chromium.browser.newPage();
    const openedAt = Date.now();
    await page.goto(
      env.server.siteUrl(
        'www.icourse163.org',
        '/learn/PKU-1001?tid=2001#/learn/content?type=detail&id=3001&cid=4001',
      ),
    );
    const player = new MediaPlayer(page);
    await player.play();
    await sleep(3000);
    await page.evaluate(() => document.querySelector<HTMLElement>('a[href*="id=3002"]')?.click());
    await sleep(3000);
    const pausedAt = await player.pause();
    await page.close();
    const ours = (row: Row) => row.platformId === 'icourse163' && row.end >= openedAt;
    const rows = (
      (await rowsWhen(env.chromium.extension, (all: Row[]) =>
        all.some((row) => ours(row) && row.end >= pausedAt - 1000),
      )) as Row[]
    ).filter(ours);
    const unit1 = rows.filter((row) => row.lessonTitle === '1.1 认识大学生心理健康');
    const unit2 = rows.filter((row) => row.lessonTitle === '1.2 压力与应对');
    expect(rows.length, describeRows(rows, openedAt)).toBe(unit1.length + unit2.length);
    expect(only(unit2, 'courseKey')).toBe(only(unit1, 'courseKey'));
    expect(only(unit2, 'lessonKey')).not.toBe(only(unit1, 'lessonKey'));
  });

  it('全国高校教师网络培训中心: a lecture in a same-origin frame counts, and two coursewares of one course are two lessons of it', async () => {
    const page = await env.chromium.browser.newPage();
    const visit = async (courseware: string) => {
      const startedAt = Date.now();
      await page.goto(
        env.server.siteUrl(
          'onlinenew.enetedu.com',
          `/gdhk/MyTrainCourse/OnlineCourse?coursetype=1&orderid=77&id=5001&coursewareid=${courseware}`,
        ),
      );
      const player = await MediaPlayer.inFrame(page, `/player/aliplayer.html?coursewareid=${courseware}`);
      await player.play();
      await sleep(4000);
      const pausedAt = await player.pause();
      const truth = unionMs(await player.playbackIntervals());
      const ours = (row: Row) =>
        row.platformId === 'enetedu' && row.end >= startedAt && row.start <= pausedAt;
      const rows = (
        (await rowsWhen(env.chromium.extension, (all: Row[]) =>
          all.some((row) => ours(row) && row.end >= pausedAt - 1000),
        )) as Row[]
      ).filter(ours);
      return { rows, truth };
    };
    const first = await visit('6001');
    const second = await visit('6002');
    await page.close();
    for (const { rows, truth } of [first, second]) {
      expect(
        unionMs(rows),
        `played ${truth} ms; rows:\n${describeRows(rows, rows[0]?.start ?? 0)}`,
      ).toBeGreaterThanOrEqual(truth - 1500);
    }
    expect(only(second.rows, 'courseKey')).toBe(only(first.rows, 'courseKey'));
    expect(only(second.rows, 'lessonKey')).not.toBe(only(first.rows, 'lessonKey'));
  });
});
