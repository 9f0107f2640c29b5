import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness/browser-session';
import {
  describeRows,
  PLATFORM_HOSTS,
  recordedBetween,
  rowsWhen,
  watchCrashes,
} from './harness/recorded.mjs';
import { sleep } from './harness/time.mjs';

type Row = { start: number; end: number; platformId: string; kind: string; lessonTitle: string };

/** How long a page is left alone with its video or its fake activity before the learner moves the mouse. */
const ALONE_MS = 8000;

describe('signals that are not a person studying count nothing', () => {
  const env = useBrowserSession({ mapHosts: PLATFORM_HOSTS });

  /** The learner's real mouse movement: trusted input, which counts from here on. */
  const moveMouse = async (page: Page) => {
    const movedAt = Date.now();
    await page.mouse.move(300, 200);
    await page.mouse.move(320, 210, { steps: 3 });
    return movedAt;
  };
  /**
   * Leaves for another page of the same site and returns this platform's rows once the row closed by
   * leaving is stored: everything the page sent before has been stored by then.
   */
  const leave = async (page: Page, url: string, platformId: string) => {
    const leftAt = Date.now();
    await page.goto(url);
    const stored = (await rowsWhen(env.chromium.extension, (all: Row[]) =>
      all.some((row) => row.platformId === platformId && row.end >= leftAt - 500),
    )) as Row[];
    return { leftAt, rows: stored.filter((row) => row.platformId === platformId) };
  };

  for (const promo of ['muted', 'silent', 'pixel', 'offscreen'] as const) {
    it(`a platform home page whose promotional video plays ${promo} counts nothing`, async () => {
      const page = await env.chromium.browser.newPage();
      const crashes = watchCrashes(page);
      const openedAt = Date.now();
      await page.goto(env.server.siteUrl('basic.smartedu.cn', `/?promo=${promo}`));
      await page.waitForFunction(() => {
        const video = document.querySelector('video');
        return video !== null && !video.paused && video.currentTime > 0.2;
      });
      await sleep(ALONE_MS);
      const movedAt = await moveMouse(page);
      // A second and a half of real input: long enough to be stored (shorter fragments never are).
      await sleep(1500);
      const { rows } = await leave(
        page,
        env.server.siteUrl('basic.smartedu.cn', '/teacherTraining/courseDetail?courseId=1001'),
        'smartedu',
      );
      const stored = `moved at ${movedAt - openedAt} ms; rows:\n${describeRows(rows, openedAt)}`;
      expect.soft(crashes).toEqual([]);
      expect.soft(recordedBetween(rows, openedAt, movedAt), stored).toBe(0);
      // The mouse movement is what started counting.
      expect(
        rows.some((row) => row.start >= movedAt),
        stored,
      ).toBe(true);
      await page.close();
    });
  }

  it('script-made keydown, mousemove, pointermove, wheel and scroll events and a self-scrolling pane count nothing; the learner’s own input counts', async () => {
    const page = await env.chromium.browser.newPage();
    const openedAt = Date.now();
    await page.goto(
      env.server.siteUrl('study.enaea.edu.cn', '/viewerforccvideo.do?courseId=1001&circleId=2001'),
    );
    // The fake activity is running (the pane has scrolled) before the learner does anything.
    await page.waitForFunction(() => (document.querySelector('[data-auto-scroll]')?.scrollTop ?? 0) > 0);
    await sleep(ALONE_MS);
    // Control: a few seconds of real typing and mouse movement count, up to the page being left.
    const movedAt = await moveMouse(page);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowDown');
      await page.mouse.move(330 + i * 10, 220);
      await sleep(1000);
    }
    const { leftAt, rows } = await leave(page, env.server.siteUrl('study.enaea.edu.cn', '/'), 'enaea');
    const stored = `moved at ${movedAt - openedAt} ms, left at ${leftAt - openedAt} ms; rows:\n${describeRows(rows, openedAt)}`;
    expect.soft(recordedBetween(rows, openedAt, movedAt), stored).toBe(0);
    expect
      .soft(recordedBetween(rows, movedAt, leftAt), stored)
      .toBeGreaterThanOrEqual(leftAt - movedAt - 1500);
    expect(
      rows.every((row) => row.kind === 'input'),
      stored,
    ).toBe(true);
    await page.close();
  });
});
