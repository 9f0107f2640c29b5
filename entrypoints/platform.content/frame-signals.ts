import type { FrameSignalsRelay } from '@/storage/schemas/messages';

interface FrameState {
  mediaPlaying: boolean;
  /** Monotonic ms of the frame's last input, placed on this page's clock (its age at arrival). */
  inputAt: number | null;
}

/**
 * What the page's cross-origin frames (a player in an iframe) last reported, merged into the top
 * frame's own signals: media playing anywhere counts, and the newest input anywhere counts. Frames send
 * input as an age, so neither page's wall clock matters; `now` is this page's monotonic clock.
 */
export function createFrameSignals(now: () => number) {
  const frames = new Map<number, FrameState>();
  return {
    update(report: FrameSignalsRelay) {
      const inputAt = report.inputAgeMs === null ? null : now() - report.inputAgeMs;
      frames.set(report.frameId, { mediaPlaying: report.mediaPlaying, inputAt });
    },
    mediaPlaying: () => Array.from(frames.values()).some((frame) => frame.mediaPlaying),
    /** ms since the newest input any frame reported, if any. */
    inputAgeMs: (): number | null => {
      let newest: number | null = null;
      for (const frame of frames.values()) {
        if (frame.inputAt !== null && (newest === null || frame.inputAt > newest)) newest = frame.inputAt;
      }
      return newest === null ? null : now() - newest;
    },
  };
}
