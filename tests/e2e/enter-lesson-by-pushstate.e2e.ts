import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { ANNOUNCED_MS, describeRows, PLATFORM_HOSTS, recordedBetween } from './harness/recorded.mjs';
import { sleep } from './harness/time.mjs';
import { MediaPlayer } from './pages/media-player.mjs';
import { COURSE, follow, moocRows, UNIT_1 } from './pages/mooc-course';

describe('entering a lesson without a new page', () => {
  const env = useBrowserSession({ mapHosts: PLATFORM_HOSTS });
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
    const rows = await moocRows(env.chromium.extension, openedAt, (all) =>
      all.some((row) => row.end >= pausedAt - 1000),
    );

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
