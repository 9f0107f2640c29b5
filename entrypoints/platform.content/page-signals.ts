import type { PageSignals } from '@/storage/tracking/engagement';
import { type InputPredicate, isUserInput, listenForInput } from './input-events';

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

export interface SignalInputs {
  /** Media playing in this page, its same-origin frames, open shadow roots or reporting sub-frames. */
  mediaPlaying: () => boolean;
  /** The newest input reported by cross-origin sub-frames, if any. */
  frameInputAt: () => number | null;
  awayDialog: () => boolean;
  /** A frame in a watched document loaded a new document. */
  onFrameLoad: () => void;
  /** Which events are the learner's input; the browser's `isTrusted` test unless a test replaces it. */
  isUserInput?: InputPredicate;
}

const DOCUMENT_NODE = 9;

/**
 * Listens (passively) for what decides engagement: visibility, focus, input timestamps and media events,
 * in the page and (through `listenForMedia`, called for each document the media probe finds) in its
 * same-origin frames.
 * `onChange` runs when a signal may have changed engagement. Reads no page text and changes nothing.
 */
export function watchPageSignals(
  win: Window,
  inputs: SignalInputs,
  onChange: () => void,
  signal: AbortSignal,
) {
  const doc = win.document;
  let lastInputAt: number | null = null;
  const options = { capture: true, passive: true, signal } as const;

  const onInput = () => {
    const now = Date.now();
    // `now >= lastInputAt`: after the clock is set back, input must still be noted.
    if (lastInputAt !== null && now >= lastInputAt && now - lastInputAt < INPUT_THROTTLE_MS) return;
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
      const frameInput = inputs.frameInputAt();
      return {
        visible: doc.visibilityState === 'visible',
        focused: doc.hasFocus(),
        lastInputAt:
          frameInput !== null && (lastInputAt === null || frameInput > lastInputAt)
            ? frameInput
            : lastInputAt,
        mediaPlaying: inputs.mediaPlaying(),
        awayDialog: inputs.awayDialog(),
      };
    },
  };
}
