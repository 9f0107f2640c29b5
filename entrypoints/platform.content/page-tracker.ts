import { isAwayDialogShown, readStudyTarget } from '@/storage/platforms/read-titles';
import type { PlatformRule } from '@/storage/schemas/platform-rule';
import { createHeartbeatLoop, type LoopSettings } from '@/storage/tracking/heartbeat-loop';
import { createFrameSignals } from './frame-signals';
import { createMediaProbe } from './media';
import { observeWithMutationObserver, type PagePorts } from './page-ports';
import { watchPageSignals } from './page-signals';
import { throttle } from './throttle';

/** DOM changes (a single-page player switching lessons) are looked at most this often. */
const MUTATION_THROTTLE_MS = 2000;

/**
 * In the top frame of a platform page, for one platform rule: turns the page's signals into heartbeats.
 * Titles are re-read on every evaluation, on every address change (top-frame.ts) and on a throttled
 * MutationObserver, so a lesson change inside a single-page player starts a new segment. Stops, closing
 * its segment, when `signal` aborts.
 */
export function startPageTracker(
  win: Window,
  rule: PlatformRule,
  settings: LoopSettings,
  ports: PagePorts,
  signal: AbortSignal,
) {
  const doc = win.document;
  const { clock } = ports;
  // A player frame re-reports every interval while it plays: two intervals without a word, it is gone.
  const frames = createFrameSignals(clock.monoNow, 2 * settings.heartbeatSeconds * 1000);
  let timer: unknown;
  // Nothing may wake a stopped tracker (a throttled DOM callback armed before the stop, a late relay).
  const evaluate = () => {
    if (!signal.aborted) loop.evaluate();
  };

  const probe = createMediaProbe(doc, (scope) => signals.listenForMedia(scope));
  const onDomChange = throttle(
    () => {
      if (signal.aborted) return;
      probe.rescan();
      evaluate();
    },
    MUTATION_THROTTLE_MS,
    clock,
  );
  const signals = watchPageSignals(
    win,
    {
      mediaPlaying: () => probe.isPlaying(),
      frameMedia: frames.media,
      frameMediaLost: frames.lost,
      frameInputAgeMs: frames.inputAgeMs,
      awayDialog: () => isAwayDialogShown(rule, doc),
      onFrameLoad: () => onDomChange(),
      isUserInput: ports.isUserInput,
    },
    evaluate,
    signal,
    clock,
  );
  const loop = createHeartbeatLoop(
    {
      platformId: rule.id,
      now: clock.wallNow,
      elapsed: clock.monoNow,
      signals: signals.read,
      target: () => readStudyTarget(rule, doc, win.location.href),
      send: ports.send,
      schedule: (delayMs, run) => {
        clock.clearTimeout(timer);
        timer = clock.setTimeout(run, delayMs);
      },
    },
    settings,
  );
  probe.rescan();

  const stopRelay = ports.onFrameSignals((relay) => {
    frames.update(relay);
    evaluate();
  });
  const observe = ports.observeDom ?? observeWithMutationObserver;
  const disconnect = observe(doc.documentElement, onDomChange, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });

  const options = { signal } as const;
  win.addEventListener('pagehide', () => loop.stop(), options);
  win.addEventListener('pageshow', () => loop.evaluate(), options);
  signal.addEventListener('abort', () => {
    loop.stop();
    clock.clearTimeout(timer);
    disconnect();
    stopRelay();
  });
  loop.evaluate();
  return {
    /** Settings apply live. */
    update: (next: LoopSettings) => {
      if (!signal.aborted) loop.update(next);
    },
    /** Re-reads everything now (a location change within the same rule). */
    evaluate,
  };
}
