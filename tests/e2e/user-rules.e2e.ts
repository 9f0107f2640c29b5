import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from './harness/chromium.mjs';
import { unionMs } from './harness/intervals.mjs';
import { sleep } from './harness/time.mjs';

/**
 * A user rule on pages whose host access the demo build already has, so no permission prompt appears
 * (a prompt cannot be answered from a test). The demo preset is switched off so the page is counted
 * under the user rule alone.
 */
const RULE = {
  id: 'user-e2e-reading',
  name: '本校慕课（测试）',
  matches: ['http://127.0.0.1/platform/reading.html*'],
  lessonTitle: { selector: '[data-lesson-title]' },
  enabled: true,
};
const SCRIPT_ID = `user-rule-${RULE.id}`;

const waitFor = async (check: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`Timed out waiting for ${what}`);
};

describe('a platform rule of the user’s own', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let profile: string | undefined;

  beforeAll(async () => {
    server = await startFixtureServer();
  });

  afterAll(async () => {
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('registers the platform script at run time, counts under the rule, survives a restart and goes on delete', async () => {
    const first = await launchChromium();
    profile = first.userDataDir;
    await first.extension.setSettings({ enabledPlatforms: { demo: false }, customRules: [RULE] });
    const registered = async (chromium: typeof first) =>
      ((await chromium.extension.registeredScripts()) as { id: string; matches: string[] }[]).find(
        (script) => script.id === SCRIPT_ID,
      );
    await waitFor(async () => (await registered(first)) !== undefined, 'the registration');
    expect((await registered(first))?.matches).toEqual(RULE.matches);

    const page = await first.browser.newPage();
    await page.goto(`${server.origin}/platform/reading.html`);
    await page.bringToFront();
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(100 + i * 30, 200);
      await sleep(1500);
    }
    await page.close();
    await sleep(1000);
    const sessions = (await first.extension.sessions()) as {
      platformId: string;
      start: number;
      end: number;
    }[];
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.platformId === RULE.id)).toBe(true);
    expect(unionMs(sessions)).toBeGreaterThan(5000);
    await first.close({ keepProfile: true });

    const second = await launchChromium({ userDataDir: profile });
    try {
      await waitFor(async () => (await registered(second)) !== undefined, 'the registration after restart');
      await second.extension.setSettings({ enabledPlatforms: { demo: false }, customRules: [] });
      await waitFor(async () => (await registered(second)) === undefined, 'the unregistration');
    } finally {
      await second.close();
    }
  });
});
