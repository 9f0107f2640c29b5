import type { PageSignals } from '@/storage/tracking/engagement';
import { type InputPredicate, isUserInput, listenForInput } from './input-events';
import { BROWSER_CLOCK, type PageClock } from './page-clock';

export const MEDIA_EVENTS = [
  'play',
  'playing',
  'pause',
  'ended',
  'waiting',
  'emptied',
  'ratechange',
  // Muting or unmuting changes whether silent media counts (media-watched.ts).
  'volumechange',
] as const;
/** Input is noted at most this often; it only moves a timestamp. */
const INPUT_THROTTLE_MS = 1000;
const DOCUMENT_NODE = 9;

export interface SignalInputs {
  /** Media playing in this page, its same-origin frames or open shadow roots. */
  mediaPlaying: () => boolean;
  /** Media playing in a cross-origin frame, as it last reported (frame-signals.ts). */
  frameMedia: () => PageSignals['frameMedia'];
  /** A playing cross-origin frame fell silent (frame-signals.ts). */
  frameMediaLost?: () => boolean;
  /** ms since the newest input reported by cross-origin sub-frames, if any (monotonic). */
  frameInputAgeMs: () => number | null;
  awayDialog: () => boolean;
  /** A frame in a watched document loaded a new document. */
  onFrameLoad: () => void;
  /** Which events are the learner's input; the browser's `isTrusted` test unless a test replaces it. */
  isUserInput?: InputPredicate;
}

/**
 * Listens (passively) for what decides engagement: visibility, focus, input and media events, in the
 * page and (through `listenForMedia`, called for each document the media probe finds) in its same-origin
 * frames. Input is kept on the monotonic clock. `onChange` runs when a signal may have changed engagement.
 * Reads no page text and changes nothing.
 */
export function watchPageSignals(
  win: Window,
  inputs: SignalInputs,
  onChange: () => void,
  signal: AbortSignal,
  clock: PageClock = BROWSER_CLOCK,
) {
  const doc = win.document;
  let lastInputAt: number | null = null;
  const options = { capture: true, passive: true, signal } as const;

  const onInput = () => {
    const now = clock.monoNow();
    if (lastInputAt !== null && now - lastInputAt < INPUT_THROTTLE_MS) return;
    const wasStale = lastInputAt === null || now - lastInputAt > INPUT_THROTTLE_MS * 2;
    lastInputAt = now;
    if (wasStale) onChange();
  };
  doc.addEventListener('visibilitychange', onChange, options);
  win.addEventListener('focus', onChange, options);
  win.addEventListener('blur', onChange, options);
  /**
   * Media events do not bubble, but a capturing listener on a document or shadow root sees them. On a
   * document, a capturing `load` also sees its frames load another document (a lesson change in a frame).
   */
  const listenForMedia = (target: Document | ShadowRoot) => {
    for (const type of MEDIA_EVENTS) target.addEventListener(type, onChange, options);
    if (target.nodeType !== DOCUMENT_NODE) return;
    target.addEventListener('load', inputs.onFrameLoad, options);
    // Input inside a same-origin frame never reaches the top document: listen in each document.
    listenForInput(target as Document, onInput, signal, inputs.isUserInput ?? isUserInput);
  };

  return {
    listenForMedia,
    read: (): PageSignals => {
      const own = lastInputAt === null ? null : clock.monoNow() - lastInputAt;
      const frames = inputs.frameInputAgeMs();
      return {
        visible: doc.visibilityState === 'visible',
        focused: doc.hasFocus(),
        inputAgeMs: own === null ? frames : frames === null ? own : Math.min(own, frames),
        mediaPlaying: inputs.mediaPlaying(),
        frameMedia: inputs.frameMedia(),
        frameMediaLost: inputs.frameMediaLost?.() ?? false,
        awayDialog: inputs.awayDialog(),
      };
    },
  };
}
