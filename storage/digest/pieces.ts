import type { SessionRow } from '../schemas/rows';
import { attributeOverlaps } from '../tracking/attribution';

/**
 * The ms of the union attributed to each session (same index as `sessions`), by the priority of
 * `attributeOverlaps`, so per-session, per-course and per-kind minutes add up to the union. Only groups
 * of sessions that overlap each other go through `attributeOverlaps`; a session alone in its stretch of
 * time keeps its whole length. Same result, a fraction of the work for a year of data (docs/architecture.md
 * section 6). `sessions` must be sorted by start and have positive lengths.
 */
export function attributedMs(sessions: readonly SessionRow[]): number[] {
  const ms = new Array<number>(sessions.length).fill(0);
  forEachAttributedPiece(sessions, (index, start, end) => {
    ms[index] = (ms[index] ?? 0) + (end - start);
  });
  return ms;
}

/**
 * Visits the union of `sessions` (sorted by start, positive lengths) cut into pieces, each attributed to
 * one session by index: the pieces `attributedMs` adds up, for callers that also need where they lie.
 */
export function forEachAttributedPiece(
  sessions: readonly SessionRow[],
  visit: (index: number, start: number, end: number) => void,
): void {
  let groupStart = 0;
  let groupEnd = Number.NEGATIVE_INFINITY;
  const settle = (from: number, to: number) => {
    const only = sessions[from];
    if (to - from === 1 && only) visit(from, only.start, only.end);
    if (to - from < 2) return;
    const group = sessions.slice(from, to);
    const indexOf = new Map(group.map((session, i) => [session, from + i]));
    for (const piece of attributeOverlaps(group)) {
      visit(indexOf.get(piece.session) ?? -1, piece.start, piece.end);
    }
  };
  sessions.forEach((session, i) => {
    // Touching is not overlapping (attributeOverlaps closes before it opens at the same instant).
    if (session.start >= groupEnd) {
      settle(groupStart, i);
      groupStart = i;
      groupEnd = session.end;
    } else groupEnd = Math.max(groupEnd, session.end);
  });
  settle(groupStart, sessions.length);
}
