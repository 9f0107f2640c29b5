import type { PageClock } from './page-clock';

/** Without the Navigation API, the address is compared this often (what WXT's own watcher does). */
const POLL_MS = 1000;

interface NavigationLike extends EventTarget {
  addEventListener(type: 'currententrychange', listener: () => void, options?: AddEventListenerOptions): void;
}

/**
 * Calls `onChange` after the page's address changes without a new document: `pushState`,
 * `replaceState`, back and forward, a new `#fragment`. A content script cannot see the page's own
 * `history` calls; the Navigation API's `currententrychange` fires after each of them commits, and where
 * that API is missing the address is polled.
 */
export function watchLocation(win: Window, onChange: () => void, signal: AbortSignal, clock: PageClock) {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange();
  };
  // `currententrychange` fires as the address changes, before the page's own `hashchange`/`popstate`
  // handlers render the new lesson: those events are passed on even for a known address, so the titles
  // are read again once the page has shown them.
  const always = () => {
    last = win.location.href;
    onChange();
  };
  const options = { signal } as const;
  win.addEventListener('hashchange', always, options);
  win.addEventListener('popstate', always, options);
  const navigation = (win as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, options);
    return;
  }
  let timer: unknown;
  const poll = () => {
    check();
    if (!signal.aborted) timer = clock.setTimeout(poll, POLL_MS);
  };
  timer = clock.setTimeout(poll, POLL_MS);
  signal.addEventListener('abort', () => clock.clearTimeout(timer));
}
