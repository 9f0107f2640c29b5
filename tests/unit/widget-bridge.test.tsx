// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_TIMEOUT_MS, type SnapshotRequest } from '@/storage/schemas/bridge';
import { STRINGS } from '@/widget/strings';
import { mount, SNAPSHOT, stateOf, textOf } from './support/widget-harness';

const zh = STRINGS['zh-CN'];

/** The request the widget posted to its own window, caught at the call. */
function postedRequests() {
  return vi.spyOn(window, 'postMessage') as unknown as { mock: { calls: [SnapshotRequest, string][] } };
}

function deliver(data: unknown, init: { source?: MessageEventSource | null; origin?: string } = {}) {
  window.dispatchEvent(
    new MessageEvent('message', {
      data,
      source: init.source === undefined ? window : init.source,
      origin: init.origin ?? location.origin,
    }),
  );
}

/** Lets the widget's promise callbacks run (the request resolves a promise). */
const settle = () => vi.advanceTimersByTimeAsync(0);

const reply = (id: string, extra: object) => ({ ns: 'studytrail', v: 1, id, ...extra });

let element: HTMLElement;
let posted: ReturnType<typeof postedRequests>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  posted = postedRequests();
  element = mount('<studytrail-progress source="extension"></studytrail-progress>');
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const requestId = () => {
  const [request, targetOrigin] = posted.mock.calls[0] ?? [];
  if (!request) throw new Error('the widget posted no request');
  expect(targetOrigin).toBe(location.origin);
  return request.id;
};

describe('<studytrail-progress source="extension">', () => {
  it('posts one namespaced snapshot request to its own window and shows "loading" meanwhile', () => {
    expect(posted.mock.calls).toHaveLength(1);
    expect(posted.mock.calls[0]?.[0]).toEqual({
      ns: 'studytrail',
      v: 1,
      type: 'snapshot-request',
      id: expect.stringMatching(/^\d+-\d+-\d+$/),
    });
    expect(stateOf(element)).toBe('loading');
  });

  it('shows the snapshot the bridge answers with', async () => {
    deliver(reply(requestId(), { type: 'snapshot', snapshot: SNAPSHOT }));
    await settle();
    expect(stateOf(element)).toBe('ready');
    expect(textOf(element)).toContain('5.5 / 4.4 学时');
  });

  it('says "not connected" with how to install or allow the portal when nothing answers in time', async () => {
    await vi.advanceTimersByTimeAsync(BRIDGE_TIMEOUT_MS - 1);
    expect(stateOf(element)).toBe('loading');
    await vi.advanceTimersByTimeAsync(1);
    expect(stateOf(element)).toBe('not-connected');
    expect(textOf(element)).toContain(zh['not-connected'][0]);
    expect(textOf(element)).toContain(location.origin);
  });

  it('says "consent needed" and "no data yet" when the bridge says so', async () => {
    deliver(reply(requestId(), { type: 'unavailable', reason: 'consent-needed' }));
    await settle();
    expect(stateOf(element)).toBe('consent-needed');
    expect(textOf(element)).toContain(zh['consent-needed'][1]);
    posted.mock.calls.length = 0;
    element.setAttribute('source', 'EXTENSION');
    deliver(reply(requestId(), { type: 'unavailable', reason: 'no-data' }));
    await settle();
    expect(stateOf(element)).toBe('no-data');
    expect(textOf(element)).toContain(zh['no-data'][0]);
  });

  it('shows "invalid data" for an answer to its request whose snapshot does not parse', async () => {
    deliver(reply(requestId(), { type: 'snapshot', snapshot: { ...SNAPSHOT, perDay: 'many' } }));
    await settle();
    expect(stateOf(element)).toBe('invalid');
  });

  it('ignores forged answers: another source, another origin, another id, another namespace or version', async () => {
    const id = requestId();
    const good = reply(id, { type: 'snapshot', snapshot: SNAPSHOT });
    deliver(good, { source: null });
    deliver(good, { source: new MessageChannel().port1 });
    deliver(good, { origin: 'https://evil.example' });
    deliver(reply('0'.repeat(32), { type: 'snapshot', snapshot: SNAPSHOT }));
    deliver({ ...good, ns: 'other' });
    deliver({ ...good, v: 2 });
    deliver({ ...good, type: 'snapshot-request' });
    deliver(JSON.stringify(good));
    deliver(reply(id, { type: 'unavailable', reason: 'bored' }), { origin: 'null' });
    await settle();
    expect(stateOf(element)).toBe('loading');
    await vi.advanceTimersByTimeAsync(BRIDGE_TIMEOUT_MS);
    expect(stateOf(element)).toBe('not-connected');
    // The genuine answer, too late, changes nothing either: the request is closed.
    deliver(good);
    await settle();
    expect(stateOf(element)).toBe('not-connected');
  });

  it('stops listening when removed from the page', async () => {
    const id = requestId();
    element.remove();
    deliver(reply(id, { type: 'snapshot', snapshot: SNAPSHOT }));
    await vi.advanceTimersByTimeAsync(BRIDGE_TIMEOUT_MS);
    expect(stateOf(element)).toBe('loading');
  });
});
