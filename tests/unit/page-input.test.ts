// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createMediaProbe } from '@/entrypoints/platform.content/media';
import { watchPageSignals } from '@/entrypoints/platform.content/page-signals';
import { attachFrame, closeWindows, createDomWindow, type DomWindow } from '@/tests/replay/dom-page';

let open: DomWindow[] = [];
afterEach(async () => {
  await closeWindows(...open);
  open = [];
});

/** An event as the browser dispatches it for a real device: `isTrusted` true. */
function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function watch(window: DomWindow) {
  const controller = new AbortController();
  const win = window;
  const signals = watchPageSignals(
    win,
    {
      mediaPlaying: () => false,
      frameMedia: () => null,
      frameInputAgeMs: () => null,
      awayDialog: () => false,
      onFrameLoad: () => undefined,
    },
    () => undefined,
    controller.signal,
  );
  const probe = createMediaProbe(win.document, (scope) => signals.listenForMedia(scope));
  probe.rescan();
  return { signals, stop: () => controller.abort() };
}

function page(html = '') {
  const window = createDomWindow('https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1', html);
  open.push(window);
  return window;
}

describe('what the page takes for input', () => {
  it('a key press from a real keyboard is input', () => {
    const window = page();
    const { signals } = watch(window);
    window.document.body.dispatchEvent(trusted(new window.KeyboardEvent('keydown', { bubbles: true })));
    expect(signals.read().inputAgeMs).not.toBeNull();
  });

  it('a keydown or pointermove dispatched by a page script is not input', () => {
    const window = page();
    const { signals } = watch(window);
    window.document.body.dispatchEvent(new window.KeyboardEvent('keydown', { bubbles: true }));
    window.document.body.dispatchEvent(new window.PointerEvent('pointermove', { bubbles: true }));
    window.document.dispatchEvent(new window.WheelEvent('wheel', { bubbles: true }));
    expect(signals.read().inputAgeMs).toBeNull();
  });

  it('an element scrolling itself (an auto-scrolling notice) is not input, even as a trusted event', () => {
    const window = page('<div id="ticker"></div>');
    const { signals } = watch(window);
    window.document.getElementById('ticker')?.dispatchEvent(trusted(new window.Event('scroll')));
    window.document.dispatchEvent(trusted(new window.Event('scroll')));
    expect(signals.read().inputAgeMs).toBeNull();
  });

  it("a pointer move without movement (the browser's own after a page loads under a still cursor) is not input", () => {
    const window = page();
    const { signals } = watch(window);
    // What Chromium dispatched on a page that appeared under the cursor: trusted, movementX/Y 0.
    const still = { bubbles: true, clientX: 630, clientY: 400, screenX: 640, screenY: 512 };
    window.document.body.dispatchEvent(trusted(new window.PointerEvent('pointermove', still)));
    expect(signals.read().inputAgeMs).toBeNull();
    const moved = { ...still, movementX: 3, movementY: -1 };
    window.document.body.dispatchEvent(trusted(new window.PointerEvent('pointermove', moved)));
    expect(signals.read().inputAgeMs).not.toBeNull();
  });

  it("input inside a same-origin frame is the page's input", () => {
    const top = page();
    const frame = createDomWindow('https://study.enaea.edu.cn/player.html');
    open.push(frame);
    attachFrame(top, frame);
    const { signals } = watch(top);
    frame.document.body.dispatchEvent(trusted(new frame.PointerEvent('pointerdown', { bubbles: true })));
    expect(signals.read().inputAgeMs).not.toBeNull();
  });
});
