import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_IDLE_LIMIT_MS } from '@/storage/tracking/tracker-state';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchFirefox } from './harness/firefox.mjs';
import { debuggerLaunchOptions, ExtensionDebugger } from './harness/firefox-debugger.mjs';
import { waitFor } from './harness/wait-for';

const DEBUGGER_PORT = 6123;

interface TrackerState {
  open: Record<string, { end: number }>;
  idleSince?: number;
}

describe('Firefox ESR without a locked state', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  let background: ExtensionDebugger;
  let lesson: Awaited<ReturnType<typeof firefox.browser.newPage>> | undefined;
  const page = () => {
    if (!lesson) throw new Error('The lesson page is not open');
    return lesson;
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox(debuggerLaunchOptions(DEBUGGER_PORT));
    background = await ExtensionDebugger.connect(DEBUGGER_PORT, firefox.extensionId);
  });

  afterAll(async () => {
    background?.close();
    await firefox?.close();
    await server?.close();
  });

  const trackerState = () =>
    background.evaluate(
      `browser.storage.session.get('trackerState').then((s) => s.trackerState ?? { open: {} })`,
    ) as Promise<TrackerState>;

  it('reports a lecture without input as system idle, never as locked, and the tracker notes when', async () => {
    // The shortest detection interval the settings allow, so the system idles within the test.
    await background.evaluate(`browser.storage.local
      .get('settings')
      .then(({ settings }) => browser.storage.local.set({ settings: { ...settings, idleSeconds: 15 } }))`);
    await background.evaluate(`(globalThis.__states = [],
      browser.idle.onStateChanged.addListener((state) => globalThis.__states.push(state)), true)`);

    lesson = await firefox.browser.newPage();
    const page = lesson;
    await page.goto(`${server.origin}/platform/lesson-1.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => {
      const video = document.querySelector('video');
      return video !== null && !video.paused && video.currentTime > 0.2;
    });

    const states = await waitFor(
      () => background.evaluate('globalThis.__states') as Promise<string[]>,
      (seen) => seen.includes('idle'),
      90_000,
      1000,
    );
    expect(states).toContain('idle');
    expect(states).not.toContain('locked');
    expect(await background.evaluate('browser.idle.queryState(15)')).toBe('idle');
    const state = await waitFor(trackerState, (s) => s.idleSince !== undefined, 10_000, 1000);
    expect(typeof state.idleSince).toBe('number');
    // The lecture still counts during an idle shorter than the limit.
    expect(Object.keys(state.open)).toHaveLength(1);
  });

  it(`stops counting the lecture once the system has idled for ${MEDIA_IDLE_LIMIT_MS / 60_000} minutes`, async () => {
    // 90 minutes of idle pass in the stored state, which a suspended background page reads back when the
    // next heartbeat wakes it: the real event page, its real restart and the real heartbeats.
    const shiftedAt = Date.now();
    await background.evaluate(`browser.storage.session.get('trackerState').then(({ trackerState }) =>
      browser.storage.session.set({
        trackerState: { ...trackerState, idleSince: Date.now() - ${MEDIA_IDLE_LIMIT_MS} - 1000 },
      }))`);
    await background.terminateBackground();
    await background.evaluate(`(globalThis.__beats = 0,
      browser.runtime.onMessage.addListener((m) => { if (m?.type === 'heartbeat') globalThis.__beats++; }), true)`);
    await waitFor(
      () => background.evaluate('globalThis.__beats') as Promise<number>,
      (beats) => beats >= 2,
      60_000,
      1000,
    );
    const state = await trackerState();
    expect(state.open).toEqual({});
    // The idle outlived the restart (the worker asked the idle API with the stored interval).
    expect(state.idleSince).toBeLessThan(shiftedAt - MEDIA_IDLE_LIMIT_MS);
    // Two heartbeats of the playing lecture came and none started a segment: nothing counts any more.
    expect(await page().evaluate(() => document.querySelector('video')?.paused)).toBe(false);
  });
});
