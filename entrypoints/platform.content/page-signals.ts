import type { PageSignals } from '@/storage/tracking/engagement';

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended', 'waiting', 'emptied', 'ratechange'] as const;
/** Input is noted at most this often; it only moves a timestamp. */
const INPUT_THROTTLE_MS = 1000;

export interface SignalSource {
  read(): PageSignals;
}

/**
 * Listens (passively) for what decides engagement: visibility, focus, input timestamps and media state.
 * `onChange` runs when a signal may have changed engagement; it never reads page text.
 */
export function watchPageSignals(
  win: Window,
  isMediaPlaying: () => boolean,
  isAwayDialogShown: () => boolean,
  onChange: () => void,
  signal: AbortSignal,
): SignalSource {
  const doc = win.document;
  let lastInputAt: number | null = null;
  const options = { capture: true, passive: true, signal } as const;

  const onInput = () => {
    const now = Date.now();
    if (lastInputAt !== null && now - lastInputAt < INPUT_THROTTLE_MS) return;
    const wasStale = lastInputAt === null || now - lastInputAt > INPUT_THROTTLE_MS * 2;
    lastInputAt = now;
    if (wasStale) onChange();
  };
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, options);
  // Media events do not bubble; a capturing listener on the document still sees them.
  for (const type of MEDIA_EVENTS) doc.addEventListener(type, onChange, options);
  doc.addEventListener('visibilitychange', onChange, options);
  win.addEventListener('focus', onChange, options);
  win.addEventListener('blur', onChange, options);

  return {
    read: () => ({
      visible: doc.visibilityState === 'visible',
      focused: doc.hasFocus(),
      lastInputAt,
      mediaPlaying: isMediaPlaying(),
      awayDialog: isAwayDialogShown(),
    }),
  };
}
