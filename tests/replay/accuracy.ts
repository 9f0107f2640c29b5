import { type Interval, unionIntervals, unionMs } from '@/storage/tracking/intervals';
import { msOutside } from './interval-math';
import type { ReplayResult } from './simulator';

export interface Accuracy {
  truthMs: number;
  trackedMs: number;
  /** Truth that was not tracked. */
  missedMs: number;
  /** Tracked time outside the truth: must be 0. */
  addedMs: number;
  /** Separate stretches of truth: each ends in one interruption. */
  interruptions: number;
  /** One heartbeat interval per interruption (docs/architecture.md section 6). */
  allowanceMs: number;
}

/** How tracked intervals compare with true ones (both on the machine's clock). */
export function accuracyOf(
  tracked: readonly Interval[],
  truth: readonly Interval[],
  heartbeatSeconds: number,
): Accuracy {
  const interruptions = unionIntervals(truth).length;
  return {
    truthMs: unionMs(truth),
    trackedMs: unionMs(tracked),
    missedMs: msOutside(truth, tracked),
    addedMs: msOutside(tracked, truth),
    interruptions,
    allowanceMs: interruptions * heartbeatSeconds * 1000,
  };
}

/** Our engine's accuracy on a replay: the union of the stored sessions against the truth. */
export function replayAccuracy(result: ReplayResult): Accuracy {
  return accuracyOf(result.sessions, result.truth, result.settings.heartbeatSeconds);
}
