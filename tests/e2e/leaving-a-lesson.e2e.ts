import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { describeRows, PLATFORM_HOSTS, recordedBetween, rowsWhen } from './harness/recorded.mjs';
import { sleep } from './harness/time.mjs';
import { MediaPlayer } from './pages/media-player.mjs';

type Row = { start: number; end: number; platformId: string; lessonTitle: string; kind: string };

/** Leaving is announced at once (the page's last heartbeat), so nothing of the lecture is lost. */
const ANNOUNCED_MS = 1500;

describe('leaving a lesson page', () => {
  const env = useBrowserSession({ mapHosts: PLATFORM_HOSTS });

  for (const where of ['another site', 'another page of the same site'] as const) {
    it(`for ${where} keeps the lecture's time up to the moment it was left`, async () => {
      const page = await env.chromium.browser.newPage();
      const openedAt = Date.now();
      await page.goto(
        env.server.siteUrl(
          'www.icourse163.org',
          '/learn/PKU-1001?tid=2001#/learn/content?type=detail&id=3002&cid=4002',
        ),
      );
      const player = new MediaPlayer(page);
      await player.play();
      await sleep(6000);
      const truth = unionMs(await player.playbackIntervals());
      const leftAt = Date.now();
      // A cross-site navigation puts the page in the back/forward cache as it is left.
      await page.goto(
        where === 'another site'
          ? `${env.server.origin}/other/`
          : env.server.siteUrl('www.icourse163.org', '/course/PKU-1001'),
      );
      const rows = (
        (await rowsWhen(
          env.chromium.extension,
          (all: Row[]) => all.some((row) => row.platformId === 'icourse163' && row.end >= leftAt - 500),
          10_000,
        )) as Row[]
      ).filter((row) => row.platformId === 'icourse163' && row.end >= openedAt);
      const summary = `played ${truth} ms, left at ${leftAt - openedAt} ms; rows:\n${describeRows(rows, openedAt)}`;
      expect(recordedBetween(rows, openedAt, leftAt + 1000), summary).toBeGreaterThanOrEqual(
        truth - ANNOUNCED_MS,
      );
      await page.close();
    });
  }
});
