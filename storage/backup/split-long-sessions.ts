import { MAX_SESSION_MS, type SessionRow } from '../schemas/rows';

/**
 * Sessions cut into pieces of at most a day, so every row of a backup passes the restore's length bound.
 * The first piece keeps the id; later ones get `~2`, `~3`… The union of times, and so every total, is the
 * same. Rows within the bound are returned as they are.
 */
export function splitLongSessions(sessions: readonly SessionRow[]): SessionRow[] {
  return sessions.flatMap((row) => {
    if (row.end - row.start <= MAX_SESSION_MS) return [row];
    const pieces: SessionRow[] = [];
    for (let start = row.start, n = 1; start < row.end; start += MAX_SESSION_MS, n++) {
      const suffix = n === 1 ? '' : `~${n}`;
      pieces.push({
        ...row,
        id: `${row.id.slice(0, 64 - suffix.length)}${suffix}`,
        start,
        end: Math.min(row.end, start + MAX_SESSION_MS),
      });
    }
    return pieces;
  });
}
