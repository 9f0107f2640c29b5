import type { Heartbeat } from '../schemas/messages';
import type { SessionRow } from '../schemas/rows';

/** The open segment of one tab: a session row that heartbeats still extend. */
export type OpenSegment = SessionRow & { kind: Heartbeat['kind'] };

export interface SegmentContext {
  tabId: number;
  /** The background's clock, ms since epoch. */
  now: number;
  heartbeatSeconds: number;
  newId: () => string;
  /** False when the tab started too many segments lately: a lesson or kind change then extends. */
  splitAllowed?: boolean;
}

export type DropReason = 'future' | 'past' | 'stale';

export interface SegmentStep {
  /** The tab's open segment after this heartbeat, if any. */
  open?: OpenSegment;
  /** Rows to write through, in order. */
  writes: OpenSegment[];
  dropped?: DropReason;
  /** A new segment started with this heartbeat. */
  started?: boolean;
}

/** A heartbeat this far ahead of the background's clock is a clock jump, not study. */
export const MAX_FUTURE_MS = 60_000;
/** Slack on top of the heartbeat interval before a gap splits a segment. */
export const GAP_SLACK_MS = 10_000;
/** Shorter fragments are never stored: a segment is written once it is at least this long. */
export const MIN_SEGMENT_MS = 1000;

/** The longest silence that still continues a segment. */
export function maxGapMs(heartbeatSeconds: number): number {
  return heartbeatSeconds * 1000 + GAP_SLACK_MS;
}

/** Only segments of at least a second are stored; shorter ones stay in memory until they grow. */
function stored(...segments: OpenSegment[]): OpenSegment[] {
  return segments.filter((segment) => segment.end - segment.start >= MIN_SEGMENT_MS);
}

function startSegment(heartbeat: Heartbeat, context: SegmentContext): OpenSegment {
  return {
    id: context.newId(),
    start: heartbeat.ts,
    end: heartbeat.ts,
    platformId: heartbeat.platformId,
    courseKey: heartbeat.courseKey,
    courseTitle: heartbeat.courseTitle,
    lessonKey: heartbeat.lessonKey,
    lessonTitle: heartbeat.lessonTitle,
    kind: heartbeat.kind,
    tabId: context.tabId,
  };
}

/**
 * Applies one heartbeat of a tab to its open segment (docs/architecture.md section 3). Time between two heartbeats
 * counts only when they are at most {@link maxGapMs} apart, so sleep, a killed browser or a stopped
 * service worker can cost at most one interval and never add time. A change of lesson or of kind while
 * engaged closes the old segment at this heartbeat and starts the next one there, unless splits are
 * rate-limited. A segment is written only once it is at least {@link MIN_SEGMENT_MS} long.
 */
export function applyHeartbeat(
  open: OpenSegment | undefined,
  heartbeat: Heartbeat,
  context: SegmentContext,
): SegmentStep {
  if (heartbeat.ts > context.now + MAX_FUTURE_MS) return { open, writes: [], dropped: 'future' };
  const gap = maxGapMs(context.heartbeatSeconds);
  // An engaged heartbeat describing a moment more than one gap before the background's clock (held up,
  // or claiming a past it cannot prove) may neither extend nor start a segment back in time.
  if (heartbeat.engaged && context.now - heartbeat.ts > gap) return { open, writes: [], dropped: 'stale' };
  if (open && heartbeat.ts < open.end) {
    // The clock went back: the old segment ends where it was; engaged study goes on from the new clock.
    if (!heartbeat.engaged) return { open: undefined, writes: [], dropped: 'past' };
    const restarted = startSegment(heartbeat, context);
    return { open: restarted, writes: [], dropped: 'past', started: true };
  }

  const continues = open !== undefined && heartbeat.ts - open.end <= gap;
  // A disengaging heartbeat that arrives long after the moment it describes was held up by a sleeping
  // machine: the page cannot know when it fell asleep, so nothing after its last heartbeat counts.
  if (!heartbeat.engaged && context.now - heartbeat.ts > gap) return { open: undefined, writes: [] };
  const sameSegment =
    continues &&
    open.lessonKey === heartbeat.lessonKey &&
    (!heartbeat.engaged || open.kind === heartbeat.kind);

  if (!heartbeat.engaged) {
    if (!sameSegment) return { open: undefined, writes: [] };
    // Titles may render after the address changed: the closing heartbeat's titles are the latest.
    const closed = {
      ...open,
      end: heartbeat.ts,
      courseTitle: heartbeat.courseTitle || open.courseTitle,
      lessonTitle: heartbeat.lessonTitle || open.lessonTitle,
    };
    return { open: undefined, writes: stored(closed) };
  }
  if (sameSegment || (continues && context.splitAllowed === false)) {
    const extended: OpenSegment = {
      ...open,
      end: heartbeat.ts,
      courseTitle: heartbeat.courseTitle || open.courseTitle,
      lessonTitle: heartbeat.lessonTitle || open.lessonTitle,
    };
    // Past the rate limit a change relabels the segment instead of splitting it; its kind stays.
    if (!sameSegment)
      Object.assign(extended, { courseKey: heartbeat.courseKey, lessonKey: heartbeat.lessonKey });
    return { open: extended, writes: stored(extended) };
  }
  const next = startSegment(heartbeat, context);
  // Still engaged through a lesson or kind change: the old segment runs up to this moment.
  const writes = continues && open ? stored({ ...open, end: heartbeat.ts }) : [];
  return { open: next, writes, started: true };
}

/** Closes segments that heard nothing for longer than the gap (a tab that died without a word). */
export function expireStale(
  open: Record<string, OpenSegment>,
  now: number,
  heartbeatSeconds: number,
): Record<string, OpenSegment> {
  const limit = maxGapMs(heartbeatSeconds);
  return Object.fromEntries(Object.entries(open).filter(([, segment]) => now - segment.end <= limit));
}
