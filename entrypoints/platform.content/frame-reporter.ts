import { browser } from '#imports';
import type { FrameSignals } from '@/storage/schemas/messages';
import { type InputPredicate, isUserInput, listenForInput } from './input-events';
import { createMediaProbe } from './media';
import { MEDIA_EVENTS } from './page-signals';
import { throttle } from './throttle';

/**
 * In a sub-frame (a player in a cross-origin iframe): reports media state at once when it changes, and
 * input at most once per heartbeat interval, to the background, which relays it to the top frame.
 */
export function startFrameReporter(
  win: Window,
  heartbeatSeconds: number,
  signal: AbortSignal,
  accept: InputPredicate = isUserInput,
) {
  const doc = win.document;
  const options = { capture: true, passive: true, signal } as const;
  let lastInputAt: number | null = null;
  let sent: FrameSignals | undefined;

  const send = () => {
    const report: FrameSignals = { type: 'frame-signals', mediaPlaying: probe.isPlaying(), lastInputAt };
    if (sent && sent.mediaPlaying === report.mediaPlaying && sent.lastInputAt === report.lastInputAt) return;
    sent = report;
    browser.runtime.sendMessage(report).catch(() => undefined);
  };
  const probe = createMediaProbe(doc, (scope) => {
    for (const type of MEDIA_EVENTS) scope.addEventListener(type, send, options);
  });
  probe.rescan();
  const sendInput = throttle(send, heartbeatSeconds * 1000);
  listenForInput(
    doc,
    () => {
      lastInputAt = Date.now();
      sendInput();
    },
    signal,
    accept,
  );
  const rescan = throttle(() => {
    probe.rescan();
    send();
  }, 2000);
  const observer = new MutationObserver(rescan);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
  win.addEventListener(
    'pagehide',
    () => {
      browser.runtime.sendMessage({
        type: 'frame-signals',
        mediaPlaying: false,
        lastInputAt,
      } satisfies FrameSignals);
    },
    options,
  );
  send();
}
