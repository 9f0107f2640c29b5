import { describe, expect, it } from 'vitest';
import {
  applyHeartbeat,
  expireStale,
  GAP_SLACK_MS,
  MAX_FUTURE_MS,
  maxGapMs,
  type OpenSegment,
  type SegmentContext,
} from '@/storage/tracking/segments';
import { makeHeartbeat } from './support/heartbeats';
import { createSegmentReplay } from './support/segment-replay';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const S = 1000;

function context(overrides: Partial<SegmentContext> = {}): SegmentContext {
  let n = 0;
  return { tabId: 7, now: T0, heartbeatSeconds: 15, newId: () => `id${++n}`, ...overrides };
}

function openSegment(overrides: Partial<OpenSegment> = {}): OpenSegment {
  const hb = makeHeartbeat();
  return {
    id: 'open1',
    start: T0 - 60 * S,
    end: T0,
    platformId: hb.platformId,
    courseKey: hb.courseKey,
    courseTitle: hb.courseTitle,
    lessonKey: hb.lessonKey,
    lessonTitle: hb.lessonTitle,
    kind: hb.kind,
    tabId: 7,
    ...overrides,
  };
}

describe('maxGapMs', () => {
  it('is one heartbeat interval plus 10 s of slack', () => {
    expect(GAP_SLACK_MS).toBe(10_000);
    expect(maxGapMs(15)).toBe(25_000);
    expect(maxGapMs(60)).toBe(70_000);
  });
});

describe('applyHeartbeat', () => {
  it('the first engaged heartbeat starts a zero-length segment of the sender tab and writes nothing yet', () => {
    const step = applyHeartbeat(undefined, makeHeartbeat({ ts: T0 }), context({ tabId: 42 }));
    expect(step.open).toMatchObject({
      id: 'id1',
      start: T0,
      end: T0,
      tabId: 42,
      kind: 'media',
      platformId: 'enaea',
    });
    expect(step.writes).toEqual([]);
    expect(step.started).toBe(true);
    expect(step.dropped).toBeUndefined();
  });

  it('steady heartbeats extend one segment', () => {
    const replay = createSegmentReplay();
    for (let i = 0; i <= 40; i++) replay.apply(makeHeartbeat({ ts: T0 + i * 15 * S }));
    expect(replay.rows()).toHaveLength(1);
    expect(replay.rows()[0]).toMatchObject({ start: T0, end: T0 + 600 * S });
    expect(replay.open?.id).toBe(replay.rows()[0]?.id);
  });

  it('each extension writes the extended segment through with the same id', () => {
    const first = applyHeartbeat(undefined, makeHeartbeat({ ts: T0 }), context());
    const second = applyHeartbeat(first.open, makeHeartbeat({ ts: T0 + 15 * S }), context());
    expect(second.writes).toHaveLength(1);
    expect(second.writes[0]).toMatchObject({ id: first.open?.id, start: T0, end: T0 + 15 * S });
  });

  it('a gap of exactly heartbeatSeconds*1000 + 10000 still continues the segment', () => {
    const replay = createSegmentReplay();
    replay.apply(makeHeartbeat({ ts: T0 }));
    replay.apply(makeHeartbeat({ ts: T0 + 25 * S }));
    expect(replay.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 25 * S })]);
  });

  it('a longer gap (sleep) starts a new segment and adds no time for the gap', () => {
    const replay = createSegmentReplay();
    replay.apply(makeHeartbeat({ ts: T0 }));
    replay.apply(makeHeartbeat({ ts: T0 + 15 * S }));
    const wake = T0 + 15 * S + 25 * S + 1;
    const step = replay.apply(makeHeartbeat({ ts: wake }));
    expect(step.open).toEqual(expect.objectContaining({ start: wake, end: wake }));
    expect(step.writes).toEqual([]);
    replay.apply(makeHeartbeat({ ts: wake + 15 * S }));
    const rows = replay.rows();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ start: T0, end: T0 + 15 * S });
    expect(rows[1]).toMatchObject({ start: wake, end: wake + 15 * S });
    expect(replay.totalMs()).toBe(30 * S);
  });

  it('the gap limit follows heartbeatSeconds', () => {
    const replay = createSegmentReplay({ heartbeatSeconds: 60 });
    replay.apply(makeHeartbeat({ ts: T0 }));
    replay.apply(makeHeartbeat({ ts: T0 + 70 * S }));
    expect(replay.rows()).toHaveLength(1);
    replay.apply(makeHeartbeat({ ts: T0 + 140 * S + 1 }));
    replay.apply(makeHeartbeat({ ts: T0 + 150 * S }));
    expect(replay.rows()).toHaveLength(2);
  });

  it('a disengaging heartbeat extends the segment to its ts, then closes it', () => {
    const open = openSegment({ end: T0 });
    const step = applyHeartbeat(open, makeHeartbeat({ ts: T0 + 7 * S, engaged: false }), context());
    expect(step.open).toBeUndefined();
    expect(step.writes).toEqual([{ ...open, end: T0 + 7 * S }]);
  });

  it('a disengaging heartbeat closes the segment even if its kind differs', () => {
    const open = openSegment({ kind: 'input' });
    const step = applyHeartbeat(
      open,
      makeHeartbeat({ ts: T0 + 5 * S, engaged: false, kind: 'media' }),
      context(),
    );
    expect(step.writes).toEqual([{ ...open, end: T0 + 5 * S }]);
    expect(step.open).toBeUndefined();
  });

  it('a disengaging heartbeat after a long gap closes without adding the gap', () => {
    const open = openSegment();
    const step = applyHeartbeat(
      open,
      makeHeartbeat({ ts: T0 + 3_600 * S, engaged: false }),
      context({ now: T0 + 3_600 * S }),
    );
    expect(step).toEqual({ open: undefined, writes: [] });
  });

  it('a disengaging heartbeat of another lesson closes without extending', () => {
    const step = applyHeartbeat(
      openSegment(),
      makeHeartbeat({ ts: T0 + 5 * S, engaged: false, lessonKey: 'https://study.enaea.edu.cn/other' }),
      context(),
    );
    expect(step).toEqual({ open: undefined, writes: [] });
  });

  it('a disengaging heartbeat with no open segment writes nothing', () => {
    expect(applyHeartbeat(undefined, makeHeartbeat({ engaged: false }), context())).toEqual({
      open: undefined,
      writes: [],
    });
  });

  it("a heartbeat more than 60 s ahead of the background's clock is dropped as 'future' and keeps the segment", () => {
    const open = openSegment();
    const step = applyHeartbeat(open, makeHeartbeat({ ts: T0 + MAX_FUTURE_MS + 1 }), context({ now: T0 }));
    expect(step).toEqual({ open, writes: [], dropped: 'future' });
  });

  it('a heartbeat exactly 60 s ahead is accepted', () => {
    const step = applyHeartbeat(undefined, makeHeartbeat({ ts: T0 + MAX_FUTURE_MS }), context({ now: T0 }));
    expect(step.dropped).toBeUndefined();
    expect(step.open?.start).toBe(T0 + MAX_FUTURE_MS);
  });

  it("a disengaging heartbeat older than the open segment's end is dropped as 'past' and closes the segment without a write", () => {
    const open = openSegment({ end: T0 });
    const step = applyHeartbeat(open, makeHeartbeat({ ts: T0 - 1, engaged: false }), context());
    expect(step).toEqual({ open: undefined, writes: [], dropped: 'past' });
  });

  it('an engaged heartbeat from before the segment end (clock set back) leaves the old segment and starts a new one there', () => {
    const open = openSegment({ start: T0 - 60 * S, end: T0 });
    // The background's clock went back with the page's.
    const step = applyHeartbeat(open, makeHeartbeat({ ts: T0 - 3600 * S }), context({ now: T0 - 3600 * S }));
    expect(step.dropped).toBe('past');
    expect(step.writes).toEqual([]);
    expect(step.open).toEqual(expect.objectContaining({ start: T0 - 3600 * S, end: T0 - 3600 * S }));
    expect(step.open?.id).not.toBe(open.id);
  });

  it('a disengaging heartbeat that arrives more than one gap after its own ts closes the segment at its last heartbeat', () => {
    const open = openSegment({ start: T0 - 60 * S, end: T0 });
    const step = applyHeartbeat(open, makeHeartbeat({ ts: T0 + 10 * S, engaged: false }), {
      ...context(),
      now: T0 + 3600 * S,
    });
    expect(step).toEqual({ open: undefined, writes: [] });
  });

  it('a disengaging heartbeat from the past is dropped too and never shortens the segment', () => {
    const replay = createSegmentReplay();
    replay.apply(makeHeartbeat({ ts: T0 }));
    replay.apply(makeHeartbeat({ ts: T0 + 15 * S }));
    replay.apply(makeHeartbeat({ ts: T0 + 5 * S, engaged: false }));
    expect(replay.drops).toEqual(['past']);
    expect(replay.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 15 * S })]);
  });

  it('a heartbeat at the same ts as the end is not from the past', () => {
    const open = openSegment({ end: T0 });
    const step = applyHeartbeat(open, makeHeartbeat({ ts: T0 }), context());
    expect(step.dropped).toBeUndefined();
    expect(step.open?.id).toBe(open.id);
  });

  it('a lesson change while engaged closes the old segment at that heartbeat and starts a new one there', () => {
    const open = openSegment({ end: T0 });
    const nextLesson = 'https://www.icourse163.org/learn/PKU-1001#/learn/content?type=detail&id=124';
    const step = applyHeartbeat(
      open,
      makeHeartbeat({ ts: T0 + 6 * S, lessonKey: nextLesson, lessonTitle: '第二讲' }),
      context(),
    );
    expect(step.writes).toEqual([{ ...open, end: T0 + 6 * S }]);
    expect(step.open).toMatchObject({
      id: 'id1',
      start: T0 + 6 * S,
      end: T0 + 6 * S,
      lessonKey: nextLesson,
      lessonTitle: '第二讲',
    });
  });

  it('a kind change while engaged closes the old segment at that heartbeat and starts a new one', () => {
    const open = openSegment({ kind: 'input', end: T0 });
    const step = applyHeartbeat(open, makeHeartbeat({ ts: T0 + 4 * S, kind: 'media' }), context());
    expect(step.writes).toEqual([{ ...open, end: T0 + 4 * S }]);
    expect(step.open).toMatchObject({ start: T0 + 4 * S, kind: 'media' });
    expect(step.open?.kind).toBe('media');
    expect(step.open?.id).not.toBe(open.id);
  });

  it('a lesson change after a long gap does not extend the old segment over the gap', () => {
    const open = openSegment({ end: T0 });
    const later = T0 + 3_600 * S;
    const step = applyHeartbeat(
      open,
      makeHeartbeat({ ts: later, lessonKey: 'https://study.enaea.edu.cn/other' }),
      context({ now: later }),
    );
    expect(step.writes).toEqual([]);
    expect(step.open).toEqual(expect.objectContaining({ start: later, end: later }));
    expect(step.open?.id).not.toBe(open.id);
  });

  it('titles update when a heartbeat brings non-empty ones', () => {
    const open = openSegment({ courseTitle: 'old course', lessonTitle: 'old lesson' });
    const step = applyHeartbeat(
      open,
      makeHeartbeat({ ts: T0 + 15 * S, courseTitle: 'new course', lessonTitle: 'new lesson' }),
      context(),
    );
    expect(step.open).toMatchObject({ id: open.id, courseTitle: 'new course', lessonTitle: 'new lesson' });
  });

  it('empty titles in a heartbeat keep the known ones', () => {
    const open = openSegment({ courseTitle: 'known course', lessonTitle: 'known lesson' });
    const step = applyHeartbeat(
      open,
      makeHeartbeat({ ts: T0 + 15 * S, courseTitle: '', lessonTitle: '' }),
      context(),
    );
    expect(step.open).toMatchObject({ courseTitle: 'known course', lessonTitle: 'known lesson' });
  });

  it('never mutates the open segment it was given', () => {
    const open = openSegment();
    const copy = structuredClone(open);
    applyHeartbeat(open, makeHeartbeat({ ts: T0 + 15 * S, courseTitle: 'x' }), context());
    applyHeartbeat(open, makeHeartbeat({ ts: T0 + 15 * S, engaged: false }), context());
    applyHeartbeat(open, makeHeartbeat({ ts: T0 + 15 * S, kind: 'input' }), context());
    expect(open).toEqual(copy);
  });
});

describe('expireStale', () => {
  it('closes segments that heard nothing for longer than the gap and keeps the others', () => {
    const now = T0 + 100 * S;
    const open = {
      1: openSegment({ id: 'fresh', end: now - 5 * S }),
      2: openSegment({ id: 'edge', end: now - 25 * S }),
      3: openSegment({ id: 'stale', end: now - 25 * S - 1 }),
    };
    const kept = expireStale(open, now, 15);
    expect(Object.keys(kept).sort()).toEqual(['1', '2']);
    expect(kept[1]?.id).toBe('fresh');
  });

  it('uses the heartbeat interval it is given', () => {
    const open = { 1: openSegment({ end: T0 }) };
    expect(Object.keys(expireStale(open, T0 + 60 * S, 15))).toEqual([]);
    expect(Object.keys(expireStale(open, T0 + 60 * S, 60))).toEqual(['1']);
  });

  it('does not modify the map it was given', () => {
    const open = { 1: openSegment({ end: T0 }) };
    expireStale(open, T0 + 3_600 * S, 15);
    expect(Object.keys(open)).toEqual(['1']);
  });
});
