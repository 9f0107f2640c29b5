import type { FrameSignals, FrameSignalsRelay, Heartbeat } from '@/storage/schemas/messages';
import type { InputPredicate } from './input-events';
import type { PageClock } from './page-clock';

/**
 * What the page-side modules need from the outside world: clocks and timers, the runtime messaging of
 * the extension and the input test. The content script passes the browser's; the replay simulator its own.
 */
export interface PagePorts {
  clock: PageClock;
  /** Sends a message to the background; failures (an extension reloaded under the page) are dropped. */
  send: (message: Heartbeat | FrameSignals) => void;
  /** Listens for sub-frame signals the background relays to this (top) frame; returns an unsubscribe. */
  onFrameSignals: (listener: (relay: FrameSignalsRelay) => void) => () => void;
  isUserInput?: InputPredicate;
  /** Watches a DOM for changes; a MutationObserver unless replaced. Returns a disconnect. */
  observeDom?: DomObserver;
}

export type DomObserver = (root: Node, onChange: () => void, options: MutationObserverInit) => () => void;

/** The browser's DOM observer. */
export const observeWithMutationObserver: DomObserver = (root, onChange, options) => {
  const observer = new MutationObserver(onChange);
  observer.observe(root, options);
  return () => observer.disconnect();
};
