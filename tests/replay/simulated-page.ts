import { EventEmitter } from 'node:events';
import { startFrameReporter } from '@/entrypoints/platform.content/frame-reporter';
import { userInputTest } from '@/entrypoints/platform.content/input-events';
import type { PagePorts } from '@/entrypoints/platform.content/page-ports';
import { ruleForPage } from '@/entrypoints/platform.content/rule-for-page';
import { startTopFrame, type TopFrameSettings } from '@/entrypoints/platform.content/top-frame';
import { readStudyTarget, type StudyTarget } from '@/storage/platforms/read-titles';
import { type FrameSignalsRelay, type Heartbeat, heartbeatSchema } from '@/storage/schemas/messages';
import { createDomWindow, type DomWindow, type MediaState, setMediaState } from './dom-page';
import { MINUTE, SECOND } from './scenario';
import { platformMarkup } from './study-targets';

// A page adds one abort listener per event it listens to, as browsers allow; Node would warn past ten.
EventEmitter.defaultMaxListeners = 0;

/** Chrome throttles a silent hidden page's timers to once a minute after it has been hidden this long. */
const INTENSIVE_THROTTLING_AFTER_MS = 5 * MINUTE;

/** The machine a page runs on: its stopwatch, its clock, its timers and the background it messages. */
export interface PageHost {
  /** True time, ms: the page's monotonic clock (`performance.now()` never jumps). */
  now: () => number;
  /** The machine's clock, ms since epoch: what `Date.now()` returns. */
  clock: () => number;
  setTimer: (owner: string, dueAt: number, fireAt: number, run: () => void) => void;
  clearTimer: (owner: string) => void;
  sendHeartbeat: (tabId: number, heartbeat: Heartbeat) => void;
}

/** A player in a cross-origin iframe: its own window and its own (frame reporter) content script. */
interface SimFrame {
  window: DomWindow;
  stop: AbortController;
}

/**
 * One tab of the simulated browser. The simulator keeps the truth (what the learner does and sees); the
 * page is a happy-dom document in which the real content script (`startTopFrame`) runs.
 */
export interface SimTab {
  id: number;
  windowId: number;
  /** What the learner studies here; null for a page no platform rule covers. */
  target: StudyTarget | null;
  /** The learner's own last input (true time) and the machine's clock then: what the ground truth goes by. */
  learnerInputAt: number | null;
  learnerInputClock: number | null;
  /** Media plays here that a person watches or hears (ground truth). */
  mediaPlaying: boolean;
  /** Media plays here at all (the browser does not throttle an audible tab's timers). */
  anyMediaPlaying: boolean;
  awayDialog: boolean;
  visible: boolean;
  focused: boolean;
  /** True time since which the tab is hidden, if hidden. */
  hiddenSince: number | null;
  /** The page, when the content script runs in it. */
  page?: SimPage;
}

export interface SimPage {
  window: DomWindow;
  video: HTMLVideoElement;
  /** Events the simulated devices dispatched: the only ones `isTrusted` holds for. */
  trusted: WeakSet<Event>;
  /** Stands for the Navigation API: the simulator fires `currententrychange` after each in-page navigation. */
  navigation: EventTarget;
  /** Callbacks of the page's DOM observers; the simulator calls them after it changes the DOM. */
  domObservers: Set<() => void>;
  relayListeners: Set<(relay: FrameSignalsRelay) => void>;
  frame?: SimFrame;
  stop: AbortController;
  /** Messages from this page are lost (the browser died under it). */
  dead: boolean;
}

export function createSimTab(id: number, windowId: number, target: StudyTarget | null, now: number): SimTab {
  return {
    id,
    windowId,
    target,
    learnerInputAt: null,
    learnerInputClock: null,
    mediaPlaying: false,
    anyMediaPlaying: false,
    awayDialog: false,
    visible: false,
    focused: false,
    hiddenSince: now,
  };
}

/** Hidden silent pages get throttled timers (aligned to a second, then to a minute); others do not. */
function fireTimeFor(tab: SimTab, dueAt: number, now: number): number {
  if (tab.visible || tab.anyMediaPlaying) return dueAt;
  const step = now - (tab.hiddenSince ?? now) >= INTENSIVE_THROTTLING_AFTER_MS ? MINUTE : SECOND;
  return Math.ceil(dueAt / step) * step;
}

let timerSeq = 0;

/** The page's ports on the simulated machine: its clocks and timers, messages to the background. */
function pagePorts(
  tab: SimTab,
  page: () => SimPage | undefined,
  host: PageHost,
  isFrame: boolean,
): PagePorts {
  // `performance.now()` counts from the document's own start and has fractions of a millisecond.
  const timeOrigin = host.now() - 0.375;
  return {
    clock: {
      wallNow: host.clock,
      monoNow: () => host.now() - timeOrigin,
      setTimeout: (run, delayMs) => {
        const owner = `tab-${tab.id}-${++timerSeq}`;
        const dueAt = host.now() + delayMs;
        host.setTimer(owner, dueAt, fireTimeFor(tab, dueAt, host.now()), run);
        return owner;
      },
      clearTimeout: (owner) => {
        if (typeof owner === 'string') host.clearTimer(owner);
      },
    },
    send: (message) => {
      const current = page();
      if (!current || current.dead) return;
      if (message.type === 'heartbeat') {
        // Only the top frame's heartbeats count; the background validates each with zod first.
        if (!isFrame) host.sendHeartbeat(tab.id, heartbeatSchema.parse(message));
        return;
      }
      // The background relays a sub-frame's signals to the top frame, naming the frame.
      const relay: FrameSignalsRelay = { ...message, type: 'frame-signals-relay', frameId: 1 };
      for (const listener of current.relayListeners) listener(relay);
    },
    onFrameSignals: (listener) => {
      const current = page();
      current?.relayListeners.add(listener);
      return () => current?.relayListeners.delete(listener);
    },
    isUserInput: userInputTest((event) => page()?.trusted.has(event) ?? false),
    observeDom: (_root, onChange) => {
      const current = page();
      current?.domObservers.add(onChange);
      return () => current?.domObservers.delete(onChange);
    },
  };
}

/** The address a tab shows: the target's lesson URL (scenario targets are keyed by URL), or `url`. */
export function pageUrl(target: StudyTarget | null, url?: string): string {
  const href = url ?? target?.lessonKey;
  if (!href) throw new Error('a page needs a target or a url');
  return href;
}

/**
 * Opens the page in a tab: a happy-dom document at `url` with a `<video>`, visibility and focus as the
 * simulator says, and the content script's `main()` for a top frame. With `framePlayer` the video sits in
 * a cross-origin iframe, reported by the frame's own content script.
 */
export function openSimPage(
  tab: SimTab,
  url: string,
  settings: TopFrameSettings,
  host: PageHost,
  framePlayer = false,
): SimPage {
  const window = createDomWindow(
    url,
    `<main><section>${platformMarkup(tab.target)}</section><video></video></main>`,
  );
  window.document.title = tab.target?.lessonTitle ?? '';
  const page: SimPage = {
    window,
    video: window.document.querySelector('video') as HTMLVideoElement,
    trusted: new WeakSet(),
    navigation: new window.EventTarget(),
    domObservers: new Set(),
    relayListeners: new Set(),
    stop: new AbortController(),
    dead: false,
  };
  tab.page = page;
  Object.defineProperty(window, 'navigation', { configurable: true, value: page.navigation });
  Object.defineProperty(window.document, 'visibilityState', {
    get: () => (tab.visible ? 'visible' : 'hidden'),
  });
  Object.defineProperty(window.document, 'hasFocus', { value: () => tab.focused });
  setMediaState(page.video, { playing: false });
  if (framePlayer) {
    page.video.remove();
    const frameWindow = createDomWindow('https://player.example.net/embed/lecture', '<video></video>');
    page.frame = { window: frameWindow, stop: new AbortController() };
    page.video = frameWindow.document.querySelector('video') as HTMLVideoElement;
    setMediaState(page.video, { playing: false });
    const ports = pagePorts(tab, () => (tab.page === page ? page : undefined), host, true);
    startFrameReporter(frameWindow, settings.heartbeatSeconds, ports, page.frame.stop.signal);
  }
  const ports = pagePorts(tab, () => (tab.page === page ? page : undefined), host, false);
  startTopFrame(window, settings, ports, page.stop.signal);
  return page;
}

/** Dispatches an event as a device would (trusted) or as a page script would (untrusted). */
export function dispatch(page: SimPage, target: EventTarget, event: Event, trusted: boolean): void {
  if (trusted) page.trusted.add(event);
  target.dispatchEvent(event);
}

/** The DOM changed: the page's observers hear of it (a MutationObserver's callback). */
export function domChanged(page: SimPage): void {
  for (const observer of [...page.domObservers]) observer();
}

/** Starts or stops the page's video; `state` gives its sound and layout. */
export function setVideo(page: SimPage, playing: boolean, state: MediaState = {}, loop = false): void {
  page.video.loop = loop;
  setMediaState(page.video, { ...state, playing });
  const view = page.video.ownerDocument.defaultView as DomWindow;
  page.video.dispatchEvent(new view.Event(playing ? 'playing' : 'pause'));
}

/** The lesson key the real page reads for a target, so truths per lesson can be compared with sessions. */
export function realLessonKey(page: SimPage, settings: TopFrameSettings): string | null {
  const href = page.window.location.href;
  const rule = ruleForPage(href, settings);
  return rule ? readStudyTarget(rule, page.window.document, href).lessonKey : null;
}

/** Closes the page: `pagehide` first when the browser closes it, nothing at all when the browser dies. */
export function closeSimPage(page: SimPage, silently: boolean): void {
  if (silently) page.dead = true;
  else page.window.dispatchEvent(new page.window.Event('pagehide'));
  page.frame?.stop.abort();
  page.stop.abort();
  page.dead = true;
}
