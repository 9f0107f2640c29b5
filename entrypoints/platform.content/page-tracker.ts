import { browser } from '#imports';
import { isAwayDialogShown, readStudyTarget } from '@/storage/platforms/read-titles';
import { frameSignalsRelaySchema, type Heartbeat } from '@/storage/schemas/messages';
import type { PlatformRule } from '@/storage/schemas/platform-rule';
import type { Settings } from '@/storage/schemas/settings';
import { watchSettings } from '@/storage/settings';
import { createHeartbeatLoop } from '@/storage/tracking/heartbeat-loop';
import { createFrameSignals } from './frame-signals';
import { createMediaProbe } from './media';
import { watchPageSignals } from './page-signals';
import { ruleForPage } from './rule-for-page';
import { throttle } from './throttle';

/** DOM changes (a single-page player switching lessons) are looked at most this often. */
const MUTATION_THROTTLE_MS = 2000;

/**
 * In the top frame of a platform page: turns the page's signals into heartbeats. Titles are re-read on
 * every evaluation, on `hashchange`/`popstate` and on a throttled MutationObserver, so a lesson change
 * inside a single-page player starts a new segment.
 */
export function startPageTracker(win: Window, rule: PlatformRule, settings: Settings, signal: AbortSignal) {
  const doc = win.document;
  const frames = createFrameSignals();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const probe = createMediaProbe(doc, (scope) => signals.listenForMedia(scope));
  const onDomChange = throttle(() => {
    probe.rescan();
    loop.evaluate();
  }, MUTATION_THROTTLE_MS);
  const signals = watchPageSignals(
    win,
    {
      mediaPlaying: () => probe.isPlaying() || frames.mediaPlaying(),
      frameInputAt: frames.lastInputAt,
      awayDialog: () => isAwayDialogShown(rule, doc),
      onFrameLoad: () => onDomChange(),
    },
    () => loop.evaluate(),
    signal,
  );
  const loop = createHeartbeatLoop(
    {
      platformId: rule.id,
      now: Date.now,
      signals: signals.read,
      target: () => readStudyTarget(rule, doc, win.location.href),
      send: (heartbeat: Heartbeat) => {
        // Fails only when the extension was reloaded; this orphaned script then stops on invalidation.
        browser.runtime.sendMessage(heartbeat).catch(() => undefined);
      },
      schedule: (delayMs, run) => {
        clearTimeout(timer);
        timer = setTimeout(run, delayMs);
      },
    },
    settings,
  );
  probe.rescan();

  const onRelay = (message: unknown) => {
    const relay = frameSignalsRelaySchema.safeParse(message);
    if (!relay.success) return;
    frames.update(relay.data);
    loop.evaluate();
  };
  browser.runtime.onMessage.addListener(onRelay);

  const observer = new MutationObserver(onDomChange);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });

  const stopWatching = watchSettings((next) => {
    const stillCovered = ruleForPage(win.location.href, next)?.id === rule.id;
    loop.update(stillCovered ? next : { ...next, paused: true });
  });
  const options = { signal } as const;
  win.addEventListener('hashchange', () => loop.evaluate(), options);
  win.addEventListener('popstate', () => loop.evaluate(), options);
  win.addEventListener('pagehide', () => loop.stop(), options);
  win.addEventListener('pageshow', () => loop.evaluate(), options);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
    stopWatching();
    browser.runtime.onMessage.removeListener(onRelay);
  });
  loop.evaluate();
}
