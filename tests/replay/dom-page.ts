import { Window as HappyWindow } from 'happy-dom';

/** A happy-dom window typed as the browser's, so page modules and tests use DOM types throughout. */
export type DomWindow = Window & typeof globalThis;

/**
 * Pages built on happy-dom for the page-side modules: each page (and each frame) is its own `Window`,
 * so a frame's document comes from another realm, as a same-origin iframe's does in a browser.
 */
export function createDomWindow(url: string, html = ''): DomWindow {
  const window = new HappyWindow({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.body.innerHTML = html;
  return window as unknown as DomWindow;
}

/**
 * Puts `child` into an `<iframe>` of `parent`: same origin when `sameOrigin`, otherwise its document is
 * unreachable (`contentDocument` null), as a cross-origin frame's is.
 */
export function attachFrame(
  parent: DomWindow,
  child: DomWindow | null,
  sameOrigin = true,
): HTMLIFrameElement {
  const frame = parent.document.createElement('iframe');
  Object.defineProperty(frame, 'contentDocument', {
    configurable: true,
    get: () => (sameOrigin && child ? child.document : null),
  });
  Object.defineProperty(frame, 'contentWindow', { configurable: true, get: () => child });
  parent.document.body.append(frame);
  return frame;
}

/** Replaces a frame's document (the frame navigated), firing `load` on the frame element as a browser does. */
export function navigateFrame(frame: HTMLIFrameElement, child: DomWindow): void {
  Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => child.document });
  Object.defineProperty(frame, 'contentWindow', { configurable: true, get: () => child });
  frame.dispatchEvent(new child.Event('load'));
}

export interface MediaState {
  playing?: boolean;
  muted?: boolean;
  volume?: number;
  /** Layout box in CSS px, relative to its own viewport. */
  box?: { x: number; y: number; width: number; height: number };
  /** Not rendered at all (display: none). */
  hidden?: boolean;
}

/** Gives a media element the playback state and layout a browser would (happy-dom has neither). */
export function setMediaState(media: HTMLMediaElement, state: MediaState): void {
  const box = state.box ?? { x: 0, y: 0, width: 640, height: 360 };
  const playing = state.playing ?? true;
  const define = (name: string, value: unknown) =>
    Object.defineProperty(media, name, { configurable: true, get: () => value });
  define('paused', !playing);
  define('ended', false);
  define('readyState', playing ? 4 : 1);
  define('playbackRate', 1);
  define('muted', state.muted ?? false);
  define('volume', state.volume ?? 1);
  const rect = { ...box, top: box.y, left: box.x, right: box.x + box.width, bottom: box.y + box.height };
  Object.defineProperty(media, 'getBoundingClientRect', { configurable: true, value: () => rect });
  Object.defineProperty(media, 'getClientRects', {
    configurable: true,
    value: () => (state.hidden ? [] : [rect]),
  });
}

/** Closes happy-dom windows (their timers and observers). */
export async function closeWindows(...windows: DomWindow[]): Promise<void> {
  await Promise.all(windows.map((window) => (window as unknown as HappyWindow).happyDOM.close()));
}
