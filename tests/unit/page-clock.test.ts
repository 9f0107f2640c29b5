// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createFrameSignals } from '@/entrypoints/platform.content/frame-signals';
import type { PageClock } from '@/entrypoints/platform.content/page-clock';
import { watchPageSignals } from '@/entrypoints/platform.content/page-signals';
import { closeWindows, createDomWindow, type DomWindow } from '@/tests/replay/dom-page';

let open: DomWindow[] = [];
afterEach(async () => {
  await closeWindows(...open);
  open = [];
});

/** A page clock whose wall time the test can set back while the monotonic clock runs on. */
function fakeClock() {
  const state = { wall: Date.UTC(2026, 3, 15, 2), mono: 1000 };
  const clock: PageClock = {
    wallNow: () => state.wall,
    monoNow: () => state.mono,
    setTimeout: () => 0,
    clearTimeout: () => undefined,
  };
  const pass = (ms: number) => {
    state.wall += ms;
    state.mono += ms;
  };
  return { state, clock, pass };
}

describe('input ages on the monotonic clock', () => {
  it('a wall clock set back two hours does not make the last input younger or older', () => {
    const window = createDomWindow('https://core.teacher.vocational.smartedu.cn/p/course/vocational/1');
    open.push(window);
    const { state, clock, pass } = fakeClock();
    const signals = watchPageSignals(
      window,
      {
        mediaPlaying: () => false,
        frameMedia: () => null,
        frameInputAgeMs: () => null,
        awayDialog: () => false,
        onFrameLoad: () => undefined,
        isUserInput: () => true,
      },
      () => undefined,
      new AbortController().signal,
      clock,
    );
    signals.listenForMedia(window.document);
    window.document.body.dispatchEvent(new window.KeyboardEvent('keydown', { bubbles: true }));
    pass(60_000);
    state.wall -= 2 * 3_600_000;
    pass(30_000);
    expect(signals.read().inputAgeMs).toBe(90_000);
  });

  it("a frame's input age is placed on the top frame's clock when it arrives, and ages from there", () => {
    const { clock, pass } = fakeClock();
    const frames = createFrameSignals(clock.monoNow, 30_000);
    frames.update({ type: 'frame-signals-relay', frameId: 3, mediaPlaying: false, inputAgeMs: 4000 });
    pass(10_000);
    expect(frames.inputAgeMs()).toBe(14_000);
    frames.update({ type: 'frame-signals-relay', frameId: 4, mediaPlaying: false, inputAgeMs: 500 });
    expect(frames.inputAgeMs()).toBe(500);
  });
});
