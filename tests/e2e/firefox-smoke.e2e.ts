import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { countIndexedDbRows, launchFirefox } from './harness/firefox.mjs';

describe('Firefox ESR smoke test', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the Firefox build with its gecko id', () => {
    expect(firefox.extensionId).toBe('studytrail@studytrail.local');
  });

  it('records a playing demo lecture without page errors', async () => {
    const page = await firefox.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(message.text());
    });
    await page.goto(`${server.origin}/platform/lesson-1.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const video = document.querySelector('video');
        return video !== null && !video.paused && video.currentTime > 0.2;
      },
      { timeout: 30_000 },
    );
    // Two heartbeats' worth of playing, then a pause that closes the segment.
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    await page.evaluate(() => document.querySelector('video')?.pause());
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(errors).toEqual([]);
    await firefox.browser.close();
    expect(await countIndexedDbRows(firefox.userDataDir, 'studytrail', 'sessions')).toBeGreaterThan(0);
  });
});
