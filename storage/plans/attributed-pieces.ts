import { forEachAttributedPiece } from '../digest/pieces';
import type { SessionRow } from '../schemas/rows';

/**
 * The union of some sessions cut into pieces, each attributed to one session by the one clock's priority
 * (storage/tracking/attribution.ts), in time order: computed once, then read by every plan.
 */
export interface AttributedPieces {
  /** The sessions, sorted by start then id; `session[i]` is the owner of piece i. */
  session: SessionRow[];
  /** ms since epoch; pieces do not overlap, so starts and ends both ascend. */
  start: number[];
  end: number[];
}

const byStartThenId = (a: SessionRow, b: SessionRow) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Pieces of the sessions that reach into [from, to) ms (all, without bounds). Sessions are not cut first: a
 * piece belongs to the same session whatever window a caller reads, so two plans never disagree about it.
 * `sorted`: the sessions are already sorted by start, then id.
 */
export function attributePieces(
  sessions: readonly SessionRow[],
  from = Number.NEGATIVE_INFINITY,
  to = Number.POSITIVE_INFINITY,
  { sorted: presorted = false }: { sorted?: boolean } = {},
): AttributedPieces {
  const within = sessions.filter((s) => s.end > s.start && s.end > from && s.start < to);
  // A caller that already sorted by start then id (the digest) saves the sort of a year of rows.
  const sorted = presorted ? within : within.sort(byStartThenId);
  const pieces: AttributedPieces = { session: [], start: [], end: [] };
  forEachAttributedPiece(sorted, (index, start, end) => {
    const owner = sorted[index];
    if (!owner) return;
    pieces.session.push(owner);
    pieces.start.push(start);
    pieces.end.push(end);
  });
  return pieces;
}

/** The index of the first piece ending after `at` (pieces.end ascends). */
export function firstPieceAfter(pieces: AttributedPieces, at: number): number {
  let low = 0;
  let high = pieces.end.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((pieces.end[mid] ?? 0) <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}
