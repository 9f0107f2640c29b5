import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { hasDisplay, launchChromium } from './harness/chromium.mjs';
import { unionMs } from './harness/intervals.mjs';
import { HEARTBEAT_MS, sleep } from './harness/time.mjs';

const IDLE_SECONDS = 15;

// Window focus and real input need a headed browser: `npm run test:e2e` provides one with xvfb-run.
describe.runIf(hasDisplay())('a reading page without input (headed, under xvfb-run)', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium({ headless: false });
    await chromium.extension.setSettings({ idleSeconds: IDLE_SECONDS });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('counts while the learner gives input and stops idleSeconds after the last input', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${server.origin}/platform/reading.html`);
    await page.bringToFront();
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);
    const firstInputAt = Date.now();
    let lastInputAt = firstInputAt;
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(100 + i * 20, 200 + (i % 2) * 30);
      lastInputAt = Date.now();
      await sleep(2000);
    }
    await sleep(45_000);

    const sessions = await chromium.extension.sessions();
    const truth = lastInputAt + IDLE_SECONDS * 1000 - firstInputAt;
    const recorded = unionMs(sessions);
    expect(sessions.every((s: { kind: string }) => s.kind === 'input')).toBe(true);
    expect(Math.max(...sessions.map((s: { end: number }) => s.end))).toBeLessThanOrEqual(
      lastInputAt + IDLE_SECONDS * 1000 + 1000,
    );
    expect(recorded).toBeLessThanOrEqual(truth + 1000);
    expect(recorded).toBeGreaterThanOrEqual(truth - HEARTBEAT_MS);
  });
});
