import type { FrameSignalsRelay } from '@/storage/schemas/messages';

interface FrameState {
  mediaPlaying: boolean;
  /** Monotonic ms of this page's clock when the report arrived. */
  receivedAt: number;
  /** Monotonic ms of the frame's last input, placed on this page's clock (its age at arrival). */
  inputAt: number | null;
}

/**
 * What the page's cross-origin frames (a player in an iframe) last reported, merged into the top
 * frame's own signals: media playing anywhere counts, and the newest input anywhere counts. Frames send
 * input as an age, so neither page's wall clock matters; `now` is this page's monotonic clock. A frame
 * re-reports every interval while its media plays; a report older than `freshForMs` is forgotten, so
 * a frame that died without a word stops counting.
 */
export function createFrameSignals(now: () => number, freshForMs: number) {
  const frames = new Map<number, FrameState>();
  return {
    update(report: FrameSignalsRelay) {
      const receivedAt = now();
      const inputAt = report.inputAgeMs === null ? null : receivedAt - report.inputAgeMs;
      frames.set(report.frameId, { mediaPlaying: report.mediaPlaying, receivedAt, inputAt });
    },
    /** The newest fresh report of media playing in a frame: its age and how long it stays fresh. */
    media: (): { ageMs: number; expiresInMs: number } | null => {
      let newest: number | null = null;
      for (const frame of frames.values()) {
        if (frame.mediaPlaying && (newest === null || frame.receivedAt > newest)) newest = frame.receivedAt;
      }
      if (newest === null) return null;
      const ageMs = now() - newest;
      return ageMs < freshForMs ? { ageMs, expiresInMs: freshForMs - ageMs } : null;
    },
    /** A frame whose last report said its media plays has been silent longer than `freshForMs`. */
    lost: (): boolean =>
      Array.from(frames.values()).some(
        (frame) => frame.mediaPlaying && now() - frame.receivedAt >= freshForMs,
      ),
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
