import { browser } from '#imports';
import { putSessions } from '@/storage/repositories/sessions';
import type { Heartbeat } from '@/storage/schemas/messages';
import type { Settings } from '@/storage/schemas/settings';
import { applyHeartbeat, expireStale, type OpenSegment } from '@/storage/tracking/segments';

const OPEN_KEY = 'openSegments';

export interface TrackerCounters {
  heartbeats: number;
  writes: number;
  dropped: number;
}

/**
 * The single writer of study time. Open segments live in `storage.session`, which survives a stopped
 * service worker but not a browser restart, so a restarted worker continues a segment and a restarted
 * browser starts new ones. Work runs one step at a time in arrival order.
 */
export function createTracker(
  getSettings: () => Settings,
  ready: Promise<unknown>,
  now: () => number = Date.now,
) {
  let open: Record<string, OpenSegment> | undefined;
  let locked = false;
  // Nothing is applied before the stored settings are known (a paused tracker must not count).
  let queue: Promise<unknown> = ready.catch(() => undefined);
  const counters: TrackerCounters = { heartbeats: 0, writes: 0, dropped: 0 };

  async function loadOpen(): Promise<Record<string, OpenSegment>> {
    if (!open) {
      const stored = await browser.storage.session.get(OPEN_KEY);
      open = (stored[OPEN_KEY] as Record<string, OpenSegment> | undefined) ?? {};
    }
    return open;
  }

  async function saveOpen(next: Record<string, OpenSegment>): Promise<void> {
    open = next;
    await browser.storage.session.set({ [OPEN_KEY]: next });
  }

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    counters,
    /** Applies a validated heartbeat from a tab and writes the result through to IndexedDB. */
    heartbeat(tabId: number, heartbeat: Heartbeat): Promise<'applied' | 'ignored'> {
      return serial(async () => {
        const settings = getSettings();
        if (locked || settings.paused) return 'ignored';
        counters.heartbeats++;
        const segments = await loadOpen();
        const step = applyHeartbeat(segments[tabId], heartbeat, {
          tabId,
          now: now(),
          heartbeatSeconds: settings.heartbeatSeconds,
          newId: () => crypto.randomUUID(),
        });
        if (step.dropped) counters.dropped++;
        await putSessions(step.writes);
        counters.writes += step.writes.length;
        const next = { ...segments };
        if (step.open) next[tabId] = step.open;
        else delete next[tabId];
        await saveOpen(next);
        return step.dropped ? 'ignored' : 'applied';
      });
    },
    /** Screen locked: every segment closes at its last heartbeat and heartbeats are ignored until unlock. */
    setLocked(value: boolean): Promise<void> {
      return serial(async () => {
        locked = value;
        if (value) await saveOpen({});
      });
    },
    /** Closes the segments of tabs that went silent (closed, crashed, discarded). */
    sweep(): Promise<void> {
      return serial(async () => {
        const segments = await loadOpen();
        const kept = expireStale(segments, now(), getSettings().heartbeatSeconds);
        if (Object.keys(kept).length !== Object.keys(segments).length) await saveOpen(kept);
      });
    },
    closeTab(tabId: number): Promise<void> {
      return serial(async () => {
        const segments = await loadOpen();
        if (!(tabId in segments)) return;
        const { [tabId]: _closed, ...rest } = segments;
        await saveOpen(rest);
      });
    },
    closeAll(): Promise<void> {
      return serial(() => saveOpen({}));
    },
    async openCount(): Promise<number> {
      return Object.keys(await loadOpen()).length;
    },
  };
}

export type Tracker = ReturnType<typeof createTracker>;
