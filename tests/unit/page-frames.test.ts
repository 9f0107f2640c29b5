// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startFrameReporter } from '@/entrypoints/platform.content/frame-reporter';
import { createFrameSignals } from '@/entrypoints/platform.content/frame-signals';
import type { PageClock } from '@/entrypoints/platform.content/page-clock';
import type { FrameSignals, Heartbeat } from '@/storage/schemas/messages';
import { closeWindows, createDomWindow, type DomWindow, setMediaState } from '@/tests/replay/dom-page';

let open: DomWindow[] = [];
afterEach(async () => {
  await closeWindows(...open);
  open = [];
});

/** A monotonic clock with timers that run only when the test moves it on. */
function manualClock() {
  let mono = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: PageClock = {
    wallNow: () => 1_776_218_400_000 + mono,
    monoNow: () => mono,
    setTimeout: (run, delayMs) => {
      timers.set(++seq, { at: mono + delayMs, run });
      return seq;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const end = mono + ms;
    for (;;) {
      const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      timers.delete(next[0]);
      mono = next[1].at;
      next[1].run();
    }
    mono = end;
  };
  return { clock, advance };
}

describe('player frames that die without a word', () => {
  it('a report that media plays is believed for two intervals, then forgotten', () => {
    let now = 0;
    const frames = createFrameSignals(() => now, 30_000);
    frames.update({ type: 'frame-signals-relay', frameId: 7, mediaPlaying: true, inputAgeMs: null });
    now = 29_000;
    expect(frames.media()).toEqual({ ageMs: 29_000, expiresInMs: 1000 });
    now = 30_000;
    expect(frames.media()).toBeNull();
  });

  it('a playing frame re-reports every heartbeat interval, and stops when its media pauses', () => {
    const window = createDomWindow('https://player.example.net/embed/1', '<video></video>');
    open.push(window);
    const video = window.document.querySelector('video') as HTMLVideoElement;
    setMediaState(video, { playing: true });
    const sent: (Heartbeat | FrameSignals)[] = [];
    const { clock, advance } = manualClock();
    startFrameReporter(
      window,
      15,
      { clock, send: (message) => sent.push(message), onFrameSignals: () => () => undefined },
      new AbortController().signal,
    );
    expect(sent).toEqual([{ type: 'frame-signals', mediaPlaying: true, inputAgeMs: null }]);
    advance(60_000);
    expect(sent).toHaveLength(5);
    setMediaState(video, { playing: false });
    video.dispatchEvent(new window.Event('pause'));
    advance(60_000);
    expect(sent.at(-1)).toMatchObject({ mediaPlaying: false });
    expect(sent).toHaveLength(6);
  });
});
