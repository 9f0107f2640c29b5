import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTracker } from '@/entrypoints/background/tracker';
import type { Heartbeat } from '@/storage/schemas/messages';
import type { SessionRow } from '@/storage/schemas/rows';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { createHeartbeatLoop, type LoopSettings } from '@/storage/tracking/heartbeat-loop';
import { makeHeartbeat } from './support/heartbeats';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const MIN = 60_000;
const SETTINGS: LoopSettings = {
  idleSeconds: 180,
  heartbeatSeconds: 15,
  countBackgroundAudio: false,
  paused: false,
};

/** A page playing a lecture, with a fake clock and the content script's one-shot timer. */
function playingPage(settings: LoopSettings) {
  const page = {
    clock: T0,
    sent: [] as Heartbeat[],
    timer: undefined as { at: number; run: () => void } | undefined,
  };
  const loop = createHeartbeatLoop(
    {
      platformId: 'demo',
      now: () => page.clock,
      signals: () => ({
        visible: true,
        focused: true,
        inputAgeMs: null,
        mediaPlaying: true,
        awayDialog: false,
      }),
      target: () => ({ courseKey: 'demo:c', courseTitle: 'c', lessonKey: 'demo:c:1', lessonTitle: '1' }),
      send: (heartbeat) => page.sent.push(heartbeat),
      schedule: (delayMs, run) => {
        page.timer = { at: page.clock + delayMs, run };
      },
    },
    settings,
  );
  const advanceTo = (t: number) => {
    while (page.timer && page.timer.at <= t) {
      const { at, run } = page.timer;
      page.timer = undefined;
      page.clock = at;
      run();
    }
    page.clock = t;
  };
  return { page, loop, advanceTo };
}

describe('a timed pause ends by itself', () => {
  it('in the page: nothing is sent during the pause, and counting starts again at its end with no settings change', () => {
    const end = T0 + 15 * MIN;
    const { page, loop, advanceTo } = playingPage({ ...SETTINGS, paused: true, pausedUntil: end });
    loop.evaluate();
    advanceTo(end - 1);
    expect(page.sent).toEqual([]);
    advanceTo(end + MIN);
    expect(page.sent.length).toBeGreaterThanOrEqual(4);
    expect(page.sent[0]).toMatchObject({ engaged: true, kind: 'media' });
    // The first heartbeat comes within a moment of the end, not at the next unrelated event.
    expect((page.sent[0]?.ts ?? 0) - end).toBeLessThan(1000);
    expect(page.sent[0]?.ts).toBeGreaterThanOrEqual(end);
  });

  it('in the background: heartbeats are ignored before the end and counted after it, from the same stored settings', async () => {
    fakeBrowser.reset();
    const clock = { now: T0 };
    const rows: SessionRow[] = [];
    const settings = { ...DEFAULT_SETTINGS, paused: true, pausedUntil: T0 + 15 * MIN };
    const tracker = createTracker(() => settings, Promise.resolve(), {
      now: () => clock.now,
      write: async (batch) => void rows.push(...batch),
    });
    const beat = (at: number) => {
      clock.now = at;
      return tracker.dispatch({ type: 'heartbeat', tabId: 1, heartbeat: makeHeartbeat({ ts: at }) });
    };
    expect((await beat(T0 + 14 * MIN)).ignored).toBe('paused');
    expect((await beat(T0 + 15 * MIN)).ignored).toBeUndefined();
    await beat(T0 + 15 * MIN + 15_000);
    expect(rows.at(-1)).toMatchObject({ start: T0 + 15 * MIN, end: T0 + 15 * MIN + 15_000 });
    expect(await tracker.tabStatus(1)).toMatchObject({ open: { start: T0 + 15 * MIN }, locked: false });
  });
});
