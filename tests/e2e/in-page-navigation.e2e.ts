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
import { LessonPage } from './pages/lesson-page.mjs';
import { MediaPlayer } from './pages/media-player.mjs';
import { COURSE, follow, type MoocRow, moocRows, UNIT_1 } from './pages/mooc-course';

describe('navigation inside a page and between lesson pages', () => {
  const env = useBrowserSession({ mapHosts: PLATFORM_HOSTS });
  it('pushState out of a lesson stops counting, and back into it starts again', async () => {
    const page = await env.chromium.browser.newPage();
    const crashes = watchCrashes(page);
    const openedAt = Date.now();
    await page.goto(env.server.siteUrl('www.icourse163.org', UNIT_1));
    const player = new MediaPlayer(page);
    await player.play();
    await sleep(6000);
    // The course page keeps the player on screen and playing (its intro), but it is not a lesson page.
    const outAt = await follow(page, COURSE);
    await sleep(8000);
    const inAt = await follow(page, UNIT_1);
    await sleep(6000);
    const pausedAt = await player.pause();
    const truth = await player.playbackIntervals();
    const rows = await moocRows(env.chromium.extension, openedAt, (all) =>
      all.some((row) => row.end >= pausedAt - 1000),
    );

    const summary = `out at ${outAt - openedAt} ms, in at ${inAt - openedAt} ms; rows:\n${describeRows(rows, openedAt)}`;
    expect(crashes).toEqual([]);
    const truthBefore = recordedBetween(truth, 0, outAt);
    expect.soft(recordedBetween(rows, 0, outAt), summary).toBeGreaterThanOrEqual(truthBefore - ANNOUNCED_MS);
    expect.soft(recordedBetween(rows, outAt + 1000, inAt), summary).toBe(0);
    const truthBack = recordedBetween(truth, inAt, pausedAt);
    expect
      .soft(recordedBetween(rows, inAt, pausedAt + 1000), summary)
      .toBeGreaterThanOrEqual(truthBack - ANNOUNCED_MS);
    expect.soft(unionMs(rows), summary).toBeLessThanOrEqual(unionMs(truth) - (inAt - outAt) + 2000);
    await page.close();
  });

  it('moving between lesson pages with no input stores no fragment shorter than a second', async () => {
    const page = await env.chromium.browser.newPage();
    // The cursor rests over the window, as a learner's does; it was moved on a page that is not tracked.
    await page.goto(`${env.server.origin}/other/`);
    await page.mouse.move(400, 300);
    const startedAt = Date.now();
    /**
     * Chromium's own pointer move under a cursor that stands still (trusted, no movement), as it sends
     * around a page change; here dispatched just before each navigation.
     */
    const stillCursorMove = () => page.mouse.move(400, 300);
    const lesson = new LessonPage(page);
    for (const next of ['lesson-1.html', 'lesson-2.html', 'reading.html']) {
      await stillCursorMove();
      await page.goto(`${env.server.origin}/platform/${next}`);
      if (next !== 'reading.html') await lesson.waitForPlaying();
      await sleep(2000);
    }
    await stillCursorMove();
    const leftAt = Date.now();
    await page.goto(`${env.server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await sleep(1500);
    await lesson.pause();
    // The next lecture's row (stored at its pause) comes after everything the pages before it sent.
    const rows = (
      (await rowsWhen(env.chromium.extension, (all: MoocRow[]) =>
        all.some((row) => row.start >= leftAt),
      )) as MoocRow[]
    ).filter((row) => row.end >= startedAt && row.start < leftAt);
    expect(
      rows.filter((row) => row.kind === 'media').length,
      describeRows(rows, startedAt),
    ).toBeGreaterThanOrEqual(2);
    expect(rows.filter((row) => row.end - row.start < 1000)).toEqual([]);
    await page.close();
  });
});
