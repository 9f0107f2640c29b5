import type { PageSignals } from '@/storage/tracking/engagement';

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
export const MEDIA_EVENTS = [
  'play',
  'playing',
  'pause',
  'ended',
  'waiting',
  'emptied',
  'ratechange',
] as const;
/** Input is noted at most this often; it only moves a timestamp. */
const INPUT_THROTTLE_MS = 1000;

export interface SignalInputs {
  /** Media playing in this page, its same-origin frames, open shadow roots or reporting sub-frames. */
  mediaPlaying: () => boolean;
  /** The newest input reported by cross-origin sub-frames, if any. */
  frameInputAt: () => number | null;
  awayDialog: () => boolean;
}

/**
 * Listens (passively) for what decides engagement: visibility, focus, input timestamps and media events.
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
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, options);
  doc.addEventListener('visibilitychange', onChange, options);
  win.addEventListener('focus', onChange, options);
  win.addEventListener('blur', onChange, options);
  /** Media events do not bubble, but a capturing listener on a document or shadow root sees them. */
  const listenForMedia = (target: Document | ShadowRoot) => {
    for (const type of MEDIA_EVENTS) target.addEventListener(type, onChange, options);
  };
  listenForMedia(doc);

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
