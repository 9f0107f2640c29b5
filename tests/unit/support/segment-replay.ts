import type { Heartbeat } from '@/storage/schemas/messages';
import { applyHeartbeat, type DropReason, type OpenSegment } from '@/storage/tracking/segments';

/** Feeds heartbeats of one tab through applyHeartbeat as the background does, upserting writes by id. */
export function createSegmentReplay(options: { tabId?: number; heartbeatSeconds?: number } = {}) {
  let open: OpenSegment | undefined;
  let counter = 0;
  const rows = new Map<string, OpenSegment>();
  const drops: DropReason[] = [];
  return {
    /** Applies one heartbeat received when the background's clock reads `now` (default: its ts). */
    apply(heartbeat: Heartbeat, now = heartbeat.ts) {
      const step = applyHeartbeat(open, heartbeat, {
        tabId: options.tabId ?? 7,
        now,
        heartbeatSeconds: options.heartbeatSeconds ?? 15,
        newId: () => `s${++counter}`,
      });
      for (const row of step.writes) rows.set(row.id, row);
      if (step.dropped) drops.push(step.dropped);
      open = step.open;
      return step;
    },
    get open() {
      return open;
    },
    rows: () => [...rows.values()],
    drops,
    totalMs: () => [...rows.values()].reduce((sum, row) => sum + (row.end - row.start), 0),
  };
}
