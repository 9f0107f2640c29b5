// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { listenForInput } from '@/entrypoints/platform.content/input-events';
import { createMediaProbe } from '@/entrypoints/platform.content/media';
import {
  attachFrame,
  closeWindows,
  createDomWindow,
  type DomWindow,
  type MediaState,
  setMediaState,
} from '@/tests/replay/dom-page';

let open: DomWindow[] = [];
afterEach(async () => {
  await closeWindows(...open);
  open = [];
});

function page(): DomWindow {
  const window = createDomWindow('https://basic.smartedu.cn/teacherTraining/courseDetail?courseId=1');
  open.push(window);
  return window;
}

/** A page with one playing video in the given state; `activated` gives it sticky user activation. */
function pageWithVideo(state: MediaState, options: { activated?: boolean; loop?: boolean } = {}) {
  const window = page();
  const video = window.document.createElement('video');
  video.loop = options.loop ?? false;
  window.document.body.append(video);
  setMediaState(video, state);
  if (options.activated) {
    Object.defineProperty(window.navigator, 'userActivation', { value: { hasBeenActive: true } });
  }
  const probe = createMediaProbe(window.document, () => undefined);
  probe.rescan();
  return { window, video, probe };
}

const SILENT = { muted: true } as const;
const LARGE = { x: 0, y: 0, width: 640, height: 360 };

describe('which playing media counts', () => {
  it('an audible lecture counts, with or without user activation', () => {
    expect(pageWithVideo({ box: LARGE }).probe.isPlaying()).toBe(true);
  });

  it('an audible tiny or off-screen player counts (a lecture heard with the video scrolled away)', () => {
    expect(pageWithVideo({ box: { x: 0, y: 5000, width: 1, height: 1 } }).probe.isPlaying()).toBe(true);
  });

  it('a muted autoplaying video on a page the learner never activated counts nothing', () => {
    expect(pageWithVideo({ ...SILENT, box: LARGE }).probe.isPlaying()).toBe(false);
  });

  it('a zero-volume video counts like a muted one', () => {
    expect(pageWithVideo({ volume: 0, box: LARGE }).probe.isPlaying()).toBe(false);
    expect(pageWithVideo({ volume: 0, box: LARGE }, { activated: true }).probe.isPlaying()).toBe(true);
  });

  it('a muted, large, visible video counts after the learner activated the page', () => {
    expect(pageWithVideo({ ...SILENT, box: LARGE }, { activated: true }).probe.isPlaying()).toBe(true);
  });

  it('a muted looping promo counts nothing even after activation', () => {
    expect(pageWithVideo({ ...SILENT, box: LARGE }, { activated: true, loop: true }).probe.isPlaying()).toBe(
      false,
    );
  });

  it('a muted 1×1, a muted 159×90 and a muted off-screen video count nothing', () => {
    const boxes = [
      { x: 0, y: 0, width: 1, height: 1 },
      { x: 0, y: 0, width: 159, height: 90 },
      { x: 0, y: 2000, width: 640, height: 360 },
      // Only a third inside the 1024 px wide viewport.
      { x: 1024 - 213, y: 0, width: 640, height: 360 },
    ];
    for (const box of boxes) {
      expect(
        pageWithVideo({ ...SILENT, box }, { activated: true }).probe.isPlaying(),
        JSON.stringify(box),
      ).toBe(false);
    }
  });

  it('a muted video that is not rendered (display: none) or visibility: hidden counts nothing', () => {
    expect(
      pageWithVideo({ ...SILENT, box: LARGE, hidden: true }, { activated: true }).probe.isPlaying(),
    ).toBe(false);
    const { video, probe } = pageWithVideo({ ...SILENT, box: LARGE }, { activated: true });
    video.style.visibility = 'hidden';
    expect(probe.isPlaying()).toBe(false);
  });

  it('a muted video in a hidden tab counts nothing, not even as background audio', () => {
    const { window, probe } = pageWithVideo({ ...SILENT, box: LARGE }, { activated: true });
    Object.defineProperty(window.document, 'visibilityState', { value: 'hidden' });
    expect(probe.isPlaying()).toBe(false);
  });

  it('a muted video in a same-origin frame scrolled out of the top viewport counts nothing', () => {
    const top = page();
    Object.defineProperty(top.navigator, 'userActivation', { value: { hasBeenActive: true } });
    const frame = createDomWindow('https://basic.smartedu.cn/player.html');
    open.push(frame);
    const element = attachFrame(top, frame);
    Object.defineProperty(frame.navigator, 'userActivation', { value: { hasBeenActive: true } });
    Object.defineProperty(frame, 'frameElement', { value: element });
    const video = frame.document.createElement('video');
    frame.document.body.append(video);
    setMediaState(video, { ...SILENT, box: LARGE });
    setMediaState(element as unknown as HTMLMediaElement, {
      box: { x: 0, y: 3000, width: 800, height: 450 },
    });
    const probe = createMediaProbe(top.document, () => undefined);
    expect(probe.isPlaying()).toBe(false);
    setMediaState(element as unknown as HTMLMediaElement, { box: { x: 0, y: 0, width: 800, height: 450 } });
    expect(probe.isPlaying()).toBe(true);
  });

  it('without navigator.userActivation, a trusted click the script saw activates the page', () => {
    const { window, probe } = pageWithVideo({ ...SILENT, box: LARGE });
    listenForInput(
      window.document,
      () => undefined,
      new AbortController().signal,
      () => true,
    );
    expect(probe.isPlaying()).toBe(false);
    window.document.body.dispatchEvent(new window.PointerEvent('pointermove', { bubbles: true }));
    expect(probe.isPlaying(), 'a pointer move is not an activation').toBe(false);
    window.document.body.dispatchEvent(new window.PointerEvent('pointerdown', { bubbles: true }));
    expect(probe.isPlaying()).toBe(true);
  });
});
