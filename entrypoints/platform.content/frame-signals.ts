import type { FrameSignalsRelay } from '@/storage/schemas/messages';

/**
 * What the page's cross-origin frames (a player in an iframe) last reported, merged into the top
 * frame's own signals: media playing anywhere counts, and the newest input anywhere counts.
 */
export function createFrameSignals() {
  const frames = new Map<number, FrameSignalsRelay>();
  return {
    update(report: FrameSignalsRelay) {
      frames.set(report.frameId, report);
    },
    mediaPlaying: () => Array.from(frames.values()).some((frame) => frame.mediaPlaying),
    lastInputAt: () =>
      Array.from(frames.values()).reduce<number | null>(
        (latest, frame) =>
          frame.lastInputAt !== null && (latest === null || frame.lastInputAt > latest)
            ? frame.lastInputAt
            : latest,
        null,
      ),
  };
}
