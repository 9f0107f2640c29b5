import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from './harness/chromium.mjs';
import { sleep } from './harness/time.mjs';
import { LessonPage } from './pages/lesson-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

describe('relaunching the browser on the same profile', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let profile: string | undefined;

  beforeAll(async () => {
    server = await startFixtureServer();
  });

  afterAll(async () => {
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('keeps every session and shows it again', async () => {
    const first = await launchChromium();
    profile = first.userDataDir;
    const lesson = await LessonPage.open(first.browser, `${server.origin}/platform/lesson-2.html`);
    await lesson.waitForPlaying();
    await sleep(20_000);
    const before = await first.extension.sessions();
    // The browser closes mid-segment: the open segment ends at its last heartbeat.
    await first.close({ keepProfile: true });

    const second = await launchChromium({ userDataDir: profile });
    try {
      const after = await second.extension.sessions();
      expect(before.length).toBeGreaterThan(0);
      // A heartbeat may have extended the open segment between the read and the close: same row, later end.
      for (const row of before) {
        const kept = after.find((candidate: { id: string }) => candidate.id === row.id);
        expect(kept).toMatchObject({
          start: row.start,
          lessonTitle: row.lessonTitle,
          courseTitle: row.courseTitle,
        });
        expect(kept.end).toBeGreaterThanOrEqual(row.end);
      }
      const popup = await PopupPage.open(second.browser, second.extension);
      expect(await popup.text('current-lesson')).toBe('第二讲 谈心谈话的方法与技巧');
    } finally {
      await second.close();
    }
  });
});
