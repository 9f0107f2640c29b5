import { browser } from '#imports';
import { isFrameSignalsRelay } from './frame-message';
import { BROWSER_CLOCK } from './page-clock';
import type { PagePorts } from './page-ports';

/** The page modules' ports in a browser: real clocks, the extension's runtime messaging, `isTrusted`. */
export const BROWSER_PORTS: PagePorts = {
  clock: BROWSER_CLOCK,
  send: (message) => {
    // Fails only when the extension was reloaded (at once or later); this orphaned script then stops.
    try {
      browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension context is gone: nothing can be recorded from this page any more.
    }
  },
  onFrameSignals: (listener) => {
    const onMessage = (message: unknown) => {
      if (isFrameSignalsRelay(message)) listener(message);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
};
