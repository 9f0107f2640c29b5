import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer } from '../../fixtures/server.mjs';
import { launchChromium } from './chromium.mjs';

export interface BrowserSession {
  server: Awaited<ReturnType<typeof startFixtureServer>>;
  chromium: Awaited<ReturnType<typeof launchChromium>>;
}

/**
 * The demo platform's server and a Chromium with the demo extension on a fresh profile, started before
 * the file's tests and closed after them. Read its fields inside tests and hooks.
 */
export function useBrowserSession(options?: Parameters<typeof launchChromium>[0]): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.chromium = await launchChromium(options);
  });
  afterAll(async () => {
    await session.chromium?.close();
    await session.server?.close();
  });
  return session;
}
