// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerSnapshotRequests,
  RATE_LIMIT,
  RATE_WINDOW_MS,
} from '@/entrypoints/portal-bridge.content/answer-requests';
import { buildDigest, toSnapshot } from '@/storage/digest';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

const snapshot = toSnapshot(
  buildDigest(
    { sessions: SESSIONS, reflections: REFLECTIONS },
    { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
  ),
  'topics',
);
const request = (id: string) => ({ ns: 'studytrail', v: 1, type: 'snapshot-request', id });

let controller: AbortController;
let clock: number;
let ask: ReturnType<typeof vi.fn<() => Promise<unknown>>>;
let posted: unknown[];

beforeEach(() => {
  controller = new AbortController();
  clock = 1_000;
  ask = vi.fn(async () => ({ ok: true, answer: { type: 'snapshot', snapshot } }));
  posted = [];
  vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => {
    posted.push(message);
  });
  answerSnapshotRequests(window, { ask, now: () => clock, signal: controller.signal });
});
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

/** A message event as the browser delivers it to this window. */
function deliver(data: unknown, init: { origin?: string; source?: unknown } = {}) {
  window.dispatchEvent(
    new MessageEvent('message', {
      data,
      origin: init.origin ?? window.location.origin,
      source: (init.source === undefined ? window : init.source) as Window,
    }),
  );
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the portal bridge in the page', () => {
  it('answers a request of this window with the snapshot, under the same id, to this origin only', async () => {
    deliver(request('abc'));
    await settle();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(posted).toEqual([{ ns: 'studytrail', v: 1, type: 'snapshot', id: 'abc', snapshot }]);
    expect(window.postMessage).toHaveBeenCalledWith(expect.anything(), window.location.origin);
  });

  it('passes "consent needed" and "no data" on', async () => {
    ask.mockResolvedValueOnce({ ok: true, answer: { type: 'unavailable', reason: 'consent-needed' } });
    deliver(request('a'));
    await settle();
    ask.mockResolvedValueOnce({ ok: true, answer: { type: 'unavailable', reason: 'no-data' } });
    deliver(request('b'));
    await settle();
    expect(posted).toEqual([
      { ns: 'studytrail', v: 1, type: 'unavailable', id: 'a', reason: 'consent-needed' },
      { ns: 'studytrail', v: 1, type: 'unavailable', id: 'b', reason: 'no-data' },
    ]);
  });

  it('ignores a request posted by another frame or window, even a well-formed one', async () => {
    const otherWindow = { postMessage: () => undefined };
    deliver(request('from-frame'), { source: otherWindow });
    deliver(request('from-nowhere'), { source: null });
    await settle();
    expect(ask).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });

  it('ignores a request from another origin', async () => {
    deliver(request('x'), { origin: 'https://evil.example' });
    deliver(request('y'), { origin: 'null' });
    await settle();
    expect(ask).not.toHaveBeenCalled();
  });

  it.each([
    ['another namespace', { ...request('a'), ns: 'other' }],
    ['another version', { ...request('a'), v: 2 }],
    ['another question', { ...request('a'), type: 'settings-request' }],
    ['no id', { ns: 'studytrail', v: 1, type: 'snapshot-request' }],
    ['an id too long', request('x'.repeat(65))],
    ['its own answer', { ns: 'studytrail', v: 1, type: 'snapshot', id: 'a', snapshot }],
    ['a string', 'snapshot-request'],
    ['null', null],
  ])('ignores %s', async (_, data) => {
    deliver(data);
    await settle();
    expect(ask).not.toHaveBeenCalled();
  });

  it(`answers at most ${RATE_LIMIT} requests in ${RATE_WINDOW_MS / 1000} s, then again once the window has passed`, async () => {
    for (let i = 0; i < RATE_LIMIT + 3; i++) deliver(request(`r${i}`));
    await settle();
    expect(ask).toHaveBeenCalledTimes(RATE_LIMIT);
    clock += RATE_WINDOW_MS - 1;
    deliver(request('still-too-soon'));
    clock += 1;
    deliver(request('later'));
    await settle();
    expect(ask).toHaveBeenCalledTimes(RATE_LIMIT + 1);
    expect((posted.at(-1) as { id: string }).id).toBe('later');
  });

  it('stays silent when the background refuses, fails or answers something out of contract', async () => {
    ask.mockResolvedValueOnce({ ok: false, error: 'not-allowed' });
    deliver(request('refused'));
    ask.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    deliver(request('failed'));
    ask.mockResolvedValueOnce({ ok: true, answer: { type: 'settings', settings: {} } });
    deliver(request('odd'));
    ask.mockResolvedValueOnce({
      ok: true,
      answer: { type: 'snapshot', snapshot: { ...snapshot, weekMinutes: -1 } },
    });
    deliver(request('invalid'));
    await settle();
    expect(ask).toHaveBeenCalledTimes(4);
    expect(posted).toEqual([]);
  });

  it('passes on nothing of a snapshot beyond its schema (a URL field added by mistake is dropped)', async () => {
    ask.mockResolvedValueOnce({
      ok: true,
      answer: {
        type: 'snapshot',
        snapshot: { ...snapshot, lessonKey: 'https://study.enaea.edu.cn/x?token=1' },
      },
    });
    deliver(request('extra'));
    await settle();
    expect(JSON.stringify(posted)).not.toContain('token');
    expect(posted).toHaveLength(1);
  });

  it('stops answering once its context is gone (extension updated or removed)', async () => {
    controller.abort();
    deliver(request('late'));
    await settle();
    expect(ask).not.toHaveBeenCalled();
  });
});
