import type { PlanRow } from '../schemas/plan';
import type { ReflectionRow, SessionRow } from '../schemas/rows';
import { canonicalJson } from './canonical-json';

/** merge: add the file's rows to the ones here; replace: everything becomes the file's content. */
export type RestoreMode = 'merge' | 'replace';

/** Rows of one table by what a restore does to them; `unchanged` includes local rows kept because they are newer. */
export interface TableCounts {
  new: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface RestorePlan {
  sessions: TableCounts;
  reflections: TableCounts;
  /** Training plans (backup format version 2); absent in a reply from a build before plans. */
  plans?: TableCounts;
  settings: 'unchanged' | 'replaced';
}

/** The writes that carry out a plan on one table. */
export interface TableChanges<Row> {
  put: Row[];
  remove: string[];
  counts: TableCounts;
}

export interface RestoreChanges {
  plan: RestorePlan;
  sessions: TableChanges<SessionRow>;
  reflections: TableChanges<ReflectionRow>;
  plans: TableChanges<PlanRow>;
}

interface Rows {
  sessions: readonly SessionRow[];
  reflections: readonly ReflectionRow[];
  /** Absent: none (a file of version 1, or a caller that keeps no plans). */
  plans?: readonly PlanRow[];
}

/**
 * Merge rules when both sides have a row with the same id and different content. A reflection is edited
 * by the user: the newer `updatedAt` wins, and on a tie the local copy stays. A session only grows while it
 * is recorded (its end moves on, nothing else changes): the file's row wins when its `end` is later or
 * equal, so a longer copy is never shortened and an equal-length copy takes the file's titles.
 */
const sessionWins = (incoming: SessionRow, current: SessionRow) => incoming.end >= current.end;
const reflectionWins = (incoming: ReflectionRow, current: ReflectionRow) =>
  incoming.updatedAt > current.updatedAt;
/** A plan is edited by the learner, like a reflection: the newer edit wins, a tie keeps the local one. */
const planWins = (incoming: PlanRow, current: PlanRow) => incoming.updatedAt > current.updatedAt;

function diffTable<Row extends { id: string }>(
  current: readonly Row[],
  incoming: readonly Row[],
  mode: RestoreMode,
  incomingWins: (incoming: Row, current: Row) => boolean,
): TableChanges<Row> {
  const counts: TableCounts = { new: 0, updated: 0, unchanged: 0, removed: 0 };
  const put: Row[] = [];
  const here = new Map(current.map((row) => [row.id, row]));
  for (const row of incoming) {
    const mine = here.get(row.id);
    if (!mine) {
      counts.new += 1;
      put.push(row);
    } else if (
      canonicalJson(mine) !== canonicalJson(row) &&
      (mode === 'replace' || incomingWins(row, mine))
    ) {
      counts.updated += 1;
      put.push(row);
    } else {
      counts.unchanged += 1;
    }
  }
  const remove: string[] = [];
  if (mode === 'replace') {
    const kept = new Set(incoming.map((row) => row.id));
    for (const { id } of current) if (!kept.has(id)) remove.push(id);
    counts.removed = remove.length;
  }
  return { put, remove, counts };
}

/** The rows to write and delete to restore `incoming` over `current`, with the plan they carry out. */
export function restoreChanges(current: Rows, incoming: Rows, mode: RestoreMode): RestoreChanges {
  const sessions = diffTable(current.sessions, incoming.sessions, mode, sessionWins);
  const reflections = diffTable(current.reflections, incoming.reflections, mode, reflectionWins);
  const plans = diffTable(current.plans ?? [], incoming.plans ?? [], mode, planWins);
  return {
    plan: {
      sessions: sessions.counts,
      reflections: reflections.counts,
      plans: plans.counts,
      // A merge adds records and keeps this machine's settings; a replace takes the file's.
      settings: mode === 'replace' ? 'replaced' : 'unchanged',
    },
    sessions,
    reflections,
    plans,
  };
}

/** What restoring `incoming` would do, table by table, to show before the user confirms. */
export function planRestore(current: Rows, incoming: Rows, mode: RestoreMode): RestorePlan {
  return restoreChanges(current, incoming, mode).plan;
}
