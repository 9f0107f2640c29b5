import { describe, expect, it } from 'vitest';
import type { Heartbeat } from '@/storage/schemas/messages';
import type { SessionRow } from '@/storage/schemas/rows';
import {
  type IgnoreReason,
  INITIAL_TRACKER_STATE,
  MAX_STARTS_PER_WINDOW,
  MEDIA_IDLE_LIMIT_MS,
  reduceTracker,
  type TrackerEvent,
  type TrackerState,
} from '@/storage/tracking/tracker-state';
import { makeHeartbeat } from './support/heartbeats';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const S = 1000;
const MIN = 60 * S;

/** The shell's loop over reduceTracker: state carried over, writes upserted by id as IndexedDB does. */
function createBackground(heartbeatSeconds = 15) {
  let state: TrackerState = INITIAL_TRACKER_STATE;
  let ids = 0;
  let writeCount = 0;
  const rows = new Map<string, SessionRow>();
  const ignored: (IgnoreReason | undefined)[] = [];
  return {
    dispatch(event: TrackerEvent, now: number, paused = false) {
      const step = reduceTracker(state, event, {
        now,
        heartbeatSeconds,
        paused,
        newId: () => `s${++ids}`,
      });
      state = step.state;
      ignored.push(step.ignored);
      for (const row of step.writes) rows.set(row.id, row);
      writeCount += step.writes.length;
      return step;
    },
    beat(overrides: Partial<Heartbeat>, now = overrides.ts ?? T0, tabId = 1) {
      return this.dispatch({ type: 'heartbeat', tabId, heartbeat: makeHeartbeat(overrides) }, now);
    },
    get state() {
      return state;
    },
    rows: () => [...rows.values()],
    get writeCount() {
      return writeCount;
    },
    ignored,
  };
}

describe('reduceTracker: lock, pause and what is ignored', () => {
  it('a lock closes every open segment without a write and ignores heartbeats until unlocked', () => {
    const bg = createBackground();
    bg.beat({ ts: T0 }, T0, 1);
    bg.beat({ ts: T0 }, T0, 2);
    bg.beat({ ts: T0 + 15 * S }, T0 + 15 * S, 1);
    const lock = bg.dispatch({ type: 'lock' }, T0 + 20 * S);
    expect(lock.writes).toEqual([]);
    expect(bg.state.open).toEqual({});
    expect(bg.beat({ ts: T0 + 30 * S }).ignored).toBe('locked');
    bg.dispatch({ type: 'unlock' }, T0 + 40 * S);
    expect(bg.beat({ ts: T0 + 45 * S }).ignored).toBeUndefined();
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 15 * S, tabId: 1 })]);
  });

  it('an unlock that changes nothing returns the very same state (nothing is stored)', () => {
    const bg = createBackground();
    bg.beat({ ts: T0 });
    const before = bg.state;
    bg.dispatch({ type: 'unlock' }, T0 + S);
    expect(bg.state).toBe(before);
  });

  it('pause closes every segment and a paused heartbeat is ignored as paused', () => {
    const bg = createBackground();
    bg.beat({ ts: T0 });
    bg.beat({ ts: T0 + 15 * S });
    bg.dispatch({ type: 'pause' }, T0 + 16 * S);
    expect(bg.state.open).toEqual({});
    const step = bg.dispatch(
      { type: 'heartbeat', tabId: 1, heartbeat: makeHeartbeat({ ts: T0 + 30 * S }) },
      T0 + 30 * S,
      true,
    );
    expect(step.ignored).toBe('paused');
    expect(step.writes).toEqual([]);
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 15 * S })]);
  });

  it('a closed tab forgets its segment and its recent starts', () => {
    const bg = createBackground();
    bg.beat({ ts: T0 }, T0, 3);
    bg.dispatch({ type: 'tab-closed', tabId: 3 }, T0 + S);
    expect(bg.state.open).toEqual({});
    expect(bg.state.recentStarts).toEqual({});
  });

  it('a sweep closes a segment that heard nothing for longer than the gap', () => {
    const bg = createBackground();
    bg.beat({ ts: T0 });
    bg.dispatch({ type: 'sweep' }, T0 + 25 * S);
    expect(Object.keys(bg.state.open)).toEqual(['1']);
    bg.dispatch({ type: 'sweep' }, T0 + 25 * S + 1);
    expect(bg.state.open).toEqual({});
  });

  it("reports 'future' for a heartbeat over a minute ahead", () => {
    expect(createBackground().beat({ ts: T0 + MIN + 1 }, T0).ignored).toBe('future');
  });
});

describe('reduceTracker: heartbeats bounded by the background clock', () => {
  it("an engaged heartbeat more than one gap in the past neither starts a segment nor is stored ('stale')", () => {
    const bg = createBackground();
    const step = bg.beat({ ts: T0 - 2 * 3600 * S }, T0);
    expect(step.ignored).toBe('stale');
    expect(bg.state.open).toEqual({});
    bg.beat({ ts: T0 + 15 * S }, T0 + 15 * S);
    expect(bg.rows()).toEqual([]);
  });

  it('an engaged heartbeat from long ago cannot stretch an open segment back over the past', () => {
    const bg = createBackground();
    bg.beat({ ts: T0 });
    bg.beat({ ts: T0 + 15 * S });
    // A late delivery describing a moment within the gap of the segment, but an hour before now.
    const step = bg.beat({ ts: T0 + 20 * S }, T0 + 3600 * S);
    expect(step.ignored).toBe('stale');
    expect(step.writes).toEqual([]);
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 15 * S })]);
  });

  it('a heartbeat exactly one gap old is still accepted', () => {
    const bg = createBackground();
    bg.beat({ ts: T0 });
    const step = bg.beat({ ts: T0 + 15 * S }, T0 + 40 * S);
    expect(step.ignored).toBeUndefined();
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 15 * S })]);
  });
});

describe('reduceTracker: no fragment under a second is stored', () => {
  it('a segment closed 87 ms after it started is never written', () => {
    const bg = createBackground();
    bg.beat({ ts: T0, kind: 'input' });
    bg.beat({ ts: T0 + 87, kind: 'input', engaged: false });
    expect(bg.rows()).toEqual([]);
    expect(bg.writeCount).toBe(0);
  });

  it('a lesson left after 500 ms writes nothing for it, and the next lesson is written once it lasts', () => {
    const bg = createBackground();
    bg.beat({ ts: T0, lessonKey: 'https://example.test/a' });
    bg.beat({ ts: T0 + 500, lessonKey: 'https://example.test/b' });
    bg.beat({ ts: T0 + 15_500, lessonKey: 'https://example.test/b' });
    expect(bg.rows()).toEqual([
      expect.objectContaining({ lessonKey: 'https://example.test/b', start: T0 + 500, end: T0 + 15_500 }),
    ]);
  });

  it('a segment of exactly one second is written', () => {
    const bg = createBackground();
    bg.beat({ ts: T0 });
    bg.beat({ ts: T0 + S, engaged: false });
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + S })]);
  });
});

describe('reduceTracker: lesson changes are rate-limited per tab', () => {
  it(`past ${MAX_STARTS_PER_WINDOW} starts a minute, a URL rewritten in a loop extends one segment with one write per change`, () => {
    const bg = createBackground();
    const changes = 60;
    for (let i = 0; i < changes; i++) {
      bg.beat({ ts: T0 + i * S, lessonKey: `https://example.test/lesson#t=${i}`, lessonTitle: `t=${i}` });
    }
    // One write per change at most, and no more segments than the limit allows.
    expect(bg.writeCount).toBeLessThanOrEqual(changes);
    expect(bg.rows().length).toBeLessThanOrEqual(MAX_STARTS_PER_WINDOW);
    const last = bg.rows().at(-1);
    expect(last).toMatchObject({
      end: T0 + (changes - 1) * S,
      lessonKey: 'https://example.test/lesson#t=59',
      lessonTitle: 't=59',
    });
    // The whole minute is counted once: nothing lost and nothing added by the limit.
    const total = bg.rows().reduce((sum, row) => sum + row.end - row.start, 0);
    expect(total).toBe((changes - 1) * S);
  });

  it('a tab may split again once the minute has passed', () => {
    const bg = createBackground();
    for (let i = 0; i < 10; i++) bg.beat({ ts: T0 + i * S, lessonKey: `https://example.test/${i}` });
    expect(Object.values(bg.state.open)[0]?.lessonKey).toBe('https://example.test/9');
    const before = Object.values(bg.state.open)[0]?.id;
    bg.beat({ ts: T0 + 61 * S, lessonKey: 'https://example.test/9' });
    bg.beat({ ts: T0 + 62 * S, lessonKey: 'https://example.test/next' });
    expect(Object.values(bg.state.open)[0]?.id).not.toBe(before);
  });

  it('the limit is per tab: another tab still splits', () => {
    const bg = createBackground();
    for (let i = 0; i < 10; i++)
      bg.beat({ ts: T0 + i * S, lessonKey: `https://example.test/${i}` }, T0 + i * S, 1);
    bg.beat({ ts: T0 + 10 * S, lessonKey: 'https://example.test/x' }, T0 + 10 * S, 2);
    bg.beat({ ts: T0 + 12 * S, lessonKey: 'https://example.test/y' }, T0 + 12 * S, 2);
    expect(bg.state.open[2]?.lessonKey).toBe('https://example.test/y');
    expect(bg.state.open[2]?.start).toBe(T0 + 12 * S);
  });
});

describe('reduceTracker: a long system idle ends media-only counting', () => {
  it(`media counts through system idle for ${MEDIA_IDLE_LIMIT_MS / MIN} minutes, then stops without a locked state`, () => {
    const bg = createBackground();
    bg.dispatch({ type: 'idle' }, T0);
    let t = T0;
    for (; t <= T0 + 3 * 3600 * S; t += 15 * S) bg.beat({ ts: t, kind: 'media' });
    const total = bg.rows().reduce((sum, row) => sum + row.end - row.start, 0);
    expect(total).toBeLessThanOrEqual(MEDIA_IDLE_LIMIT_MS);
    expect(total).toBeGreaterThanOrEqual(MEDIA_IDLE_LIMIT_MS - 15 * S);
    expect(bg.ignored.at(-1)).toBe('system-idle');
    expect(bg.state.open).toEqual({});
  });

  it('input ends the idle: media counts again', () => {
    const bg = createBackground();
    bg.dispatch({ type: 'idle' }, T0);
    expect(bg.beat({ ts: T0 + MEDIA_IDLE_LIMIT_MS }).ignored).toBe('system-idle');
    bg.dispatch({ type: 'unlock' }, T0 + MEDIA_IDLE_LIMIT_MS + S);
    bg.beat({ ts: T0 + MEDIA_IDLE_LIMIT_MS + 2 * S });
    bg.beat({ ts: T0 + MEDIA_IDLE_LIMIT_MS + 17 * S });
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0 + MEDIA_IDLE_LIMIT_MS + 2 * S })]);
  });

  it('a repeated idle report (a restarted worker) keeps the first idle time', () => {
    const bg = createBackground();
    bg.dispatch({ type: 'idle' }, T0);
    bg.dispatch({ type: 'idle' }, T0 + 3600 * S);
    expect(bg.state.idleSince).toBe(T0);
  });

  it('input-kind study is not limited by the system idle', () => {
    const bg = createBackground();
    bg.dispatch({ type: 'idle' }, T0);
    expect(bg.beat({ ts: T0 + MEDIA_IDLE_LIMIT_MS, kind: 'input' }).ignored).toBeUndefined();
  });
});
