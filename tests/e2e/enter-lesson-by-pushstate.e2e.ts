import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { describeRows, PLATFORM_HOSTS, recordedBetween, rowsWhen } from './harness/recorded.mjs';
import { sleep } from './harness/time.mjs';
import { MediaPlayer } from './pages/media-player.mjs';

/**
 * Play, pause and lesson changes are announced at once (DESIGN.md section 3), so the stored time follows
 * the played time closely; the allowance covers the page's 2 s throttle on DOM changes.
 */
const ANNOUNCED_MS = 2500;

type Row = { start: number; end: number; platformId: string; lessonTitle: string; kind: string };

const COURSE = '/course/PKU-1001';
const UNIT_1 = '/learn/PKU-1001?tid=2001#/learn/content?type=detail&id=3001&cid=4001';

describe('entering a lesson without a new page', () => {
  const env = useBrowserSession({ mapHosts: PLATFORM_HOSTS });
  /** This page's rows of the MOOC platform (rows of earlier tests end before `since`). */
  const moocRows = async (since: number, done: (rows: Row[]) => boolean) => {
    const ours = (row: Row) => row.platformId === 'icourse163' && row.end >= since;
    const all = (await rowsWhen(env.chromium.extension, (rows: Row[]) => done(rows.filter(ours)))) as Row[];
    return all.filter(ours);
  };

  /** Follows one of the single-page app's links (history.pushState, no reload); returns when, just before. */
  const follow = (page: Page, href: string) =>
    page.evaluate((target) => {
      const at = Date.now();
      document.querySelector<HTMLAnchorElement>(`a[href="${target}"]`)?.click();
      return at;
    }, href);

  it('pushState into a lesson from a page that was loaded outside any lesson starts counting', async () => {
    const page = await env.chromium.browser.newPage();
    const openedAt = Date.now();
    await page.goto(env.server.siteUrl('www.icourse163.org', COURSE));
    const player = new MediaPlayer(page);
    await player.play();
    await sleep(4000);
    const inAt = await follow(page, UNIT_1);
    await sleep(8000);
    const pausedAt = await player.pause();
    const truth = await player.playbackIntervals();
    const rows = await moocRows(openedAt, (all) => all.some((row) => row.end >= pausedAt - 1000));

    const summary = `in at ${inAt - openedAt} ms; rows:\n${describeRows(rows, openedAt)}`;
    expect.soft(recordedBetween(rows, openedAt, inAt), summary).toBe(0);
    const truthIn = recordedBetween(truth, inAt, pausedAt);
    expect
      .soft(recordedBetween(rows, inAt, pausedAt + 1000), summary)
      .toBeGreaterThanOrEqual(truthIn - ANNOUNCED_MS);
    expect
      .soft(
        rows.every((row) => row.lessonTitle === '1.1 认识大学生心理健康'),
        summary,
      )
      .toBe(true);
    await page.close();
  });
});
