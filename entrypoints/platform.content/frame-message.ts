import type { FrameSignalsRelay } from '@/storage/schemas/messages';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Whether a runtime message is the background's relay of a sub-frame's signals. The background built it
 * from a message its zod schema accepted; the page only checks the shape before it reads it.
 */
export function isFrameSignalsRelay(message: unknown): message is FrameSignalsRelay {
  if (!isRecord(message) || message.type !== 'frame-signals-relay') return false;
  const { frameId, mediaPlaying, inputAgeMs } = message;
  return (
    typeof frameId === 'number' &&
    Number.isInteger(frameId) &&
    frameId > 0 &&
    typeof mediaPlaying === 'boolean' &&
    (inputAgeMs === null ||
      (typeof inputAgeMs === 'number' && Number.isInteger(inputAgeMs) && inputAgeMs >= 0))
  );
}
