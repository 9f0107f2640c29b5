import { browser } from '#imports';

/** The dashboard's welcome guide, relative to the extension's root. */
export const WELCOME_PATH = '/dashboard.html#/welcome';

/**
 * Opens the welcome guide in a new tab once, when the extension is first installed (not on updates). The
 * tab opens behind the current one: a lecture the learner has open keeps playing and keeps counting, and
 * the guide waits next to it.
 */
export function setupWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs
      .create({ url: browser.runtime.getURL(WELCOME_PATH), active: false })
      .catch((error: unknown) => {
        // The guide is also linked from Settings: a refused tab costs nothing else.
        console.warn('StudyTrail: could not open the welcome guide', error);
      });
  });
}
