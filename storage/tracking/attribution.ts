import type { SessionKind } from '../schemas/rows';

/** Which kind wins an overlap: focused with input > visible media > background audio > entered by hand. */
const PRIORITY: Record<SessionKind, number> = { input: 3, media: 2, 'background-audio': 1, manual: 0 };

export interface AttributableSession {
  id: string;
  start: number;
  end: number;
  kind: SessionKind;
}

/** A stretch of the union of all sessions, attributed to exactly one session. */
export interface AttributedPiece<T> {
  start: number;
  end: number;
  session: T;
}

function better<T extends AttributableSession>(a: T, b: T): T {
  if (PRIORITY[a.kind] !== PRIORITY[b.kind]) return PRIORITY[a.kind] > PRIORITY[b.kind] ? a : b;
  if (a.start !== b.start) return a.start > b.start ? a : b;
  return a.id > b.id ? a : b;
}

/**
 * Cuts the union of the sessions into pieces, each attributed to one session by priority (then the most
 * recent start), so per-course and per-lesson minutes add up to the union and nothing counts twice.
 */
export function attributeOverlaps<T extends AttributableSession>(
  sessions: readonly T[],
): AttributedPiece<T>[] {
  const events: { at: number; session: T; opens: boolean }[] = [];
  for (const session of sessions) {
    if (session.end <= session.start) continue;
    events.push({ at: session.start, session, opens: true }, { at: session.end, session, opens: false });
  }
  // Ends before starts at the same instant, so touching sessions do not overlap.
  events.sort((a, b) => a.at - b.at || Number(a.opens) - Number(b.opens));

  const active = new Set<T>();
  const pieces: AttributedPiece<T>[] = [];
  let cursor = 0;
  for (let i = 0; i < events.length; ) {
    const at = events[i]?.at ?? 0;
    if (active.size > 0 && at > cursor) {
      let winner: T | undefined;
      for (const session of active) winner = winner ? better(winner, session) : session;
      const last = pieces.at(-1);
      if (last && last.session === winner && last.end === cursor) last.end = at;
      else if (winner) pieces.push({ start: cursor, end: at, session: winner });
    }
    for (; i < events.length && events[i]?.at === at; i++) {
      const event = events[i];
      if (!event) continue;
      if (event.opens) active.add(event.session);
      else active.delete(event.session);
    }
    cursor = at;
  }
  return pieces;
}
