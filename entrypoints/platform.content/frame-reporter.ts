import type { FrameSignals } from '@/storage/schemas/messages';
import { listenForInput } from './input-events';
import { createMediaProbe } from './media';
import { observeWithMutationObserver, type PagePorts } from './page-ports';
import { MEDIA_EVENTS } from './page-signals';
import { throttle } from './throttle';

const DOCUMENT_NODE = 9;

/**
 * In a sub-frame the top frame cannot read (a player in a cross-origin iframe): reports media state at
 * once when it changes, and input at most once per heartbeat interval, to the background, which relays
 * it to the top frame. Input goes as an age on this frame's monotonic clock.
 */
export function startFrameReporter(
  win: Window,
  heartbeatSeconds: number,
  ports: PagePorts,
  signal: AbortSignal,
) {
  const doc = win.document;
  const { clock } = ports;
  const options = { capture: true, passive: true, signal } as const;
  let lastInputAt: number | null = null;
  let sent: { mediaPlaying: boolean; inputAt: number | null } | undefined;
  let again: unknown;

  const report = (mediaPlaying: boolean): FrameSignals => ({
    type: 'frame-signals',
    mediaPlaying,
    inputAgeMs: lastInputAt === null ? null : Math.max(0, Math.round(clock.monoNow() - lastInputAt)),
  });
  /** Sends on change, and again every interval while media plays: the top frame forgets a silent frame. */
  const send = (repeat = false) => {
    const mediaPlaying = probe.isPlaying();
    if (!repeat && sent && sent.mediaPlaying === mediaPlaying && sent.inputAt === lastInputAt) return;
    sent = { mediaPlaying, inputAt: lastInputAt };
    ports.send(report(mediaPlaying));
    clock.clearTimeout(again);
    if (mediaPlaying) again = clock.setTimeout(() => send(true), heartbeatSeconds * 1000);
  };
  const sendInput = throttle(() => send(), heartbeatSeconds * 1000, clock);
  const onInput = () => {
    lastInputAt = clock.monoNow();
    sendInput();
  };
  const probe = createMediaProbe(doc, (scope) => {
    for (const type of MEDIA_EVENTS) scope.addEventListener(type, () => send(), options);
    if (scope.nodeType === DOCUMENT_NODE)
      listenForInput(scope as Document, onInput, signal, ports.isUserInput);
  });
  probe.rescan();
  const rescan = throttle(
    () => {
      probe.rescan();
      send();
    },
    2000,
    clock,
  );
  const observe = ports.observeDom ?? observeWithMutationObserver;
  const disconnect = observe(doc.documentElement, rescan, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    disconnect();
    clock.clearTimeout(again);
  });
  win.addEventListener('pagehide', () => ports.send(report(false)), options);
  send();
}
