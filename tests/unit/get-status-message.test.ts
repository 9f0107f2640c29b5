import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupMessages } from '@/entrypoints/background/messages';
import { createTracker } from '@/entrypoints/background/tracker';
import type { RuntimeReply } from '@/storage/schemas/messages';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { tabStatusSchema } from '@/storage/schemas/tab-status';
import { makeHeartbeat } from './support/heartbeats';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const S = 1000;
const LESSON_URL = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=123';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

function startBackground() {
  const clock = { now: T0 };
  const tracker = createTracker(() => DEFAULT_SETTINGS, Promise.resolve(), {
    now: () => clock.now,
    write: async () => {},
  });
  setupMessages(tracker, () => DEFAULT_SETTINGS);
  const send = (message: unknown, sender: Sender) =>
    new Promise<RuntimeReply>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
    });
  return { clock, send, tracker };
}

const popup: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const lessonTab: Sender = {
  id: fakeBrowser.runtime.id,
  tab: { id: 9, incognito: false } as Sender['tab'],
  frameId: 0,
  url: LESSON_URL,
};

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'StudyTrail', version: '0.0.0' });
});

describe('get-status', () => {
  it("answers the popup with the tab's live segment, then none once it has lapsed", async () => {
    const bg = startBackground();
    await bg.send(makeHeartbeat({ ts: T0, lessonKey: LESSON_URL }), lessonTab);
    bg.clock.now = T0 + 15 * S;
    await bg.send(makeHeartbeat({ ts: T0 + 15 * S, lessonKey: LESSON_URL }), lessonTab);
    const reply = await bg.send({ type: 'get-status', tabId: 9 }, popup);
    expect(reply.ok).toBe(true);
    const status = tabStatusSchema.parse(reply.ok ? reply.tabStatus : undefined);
    expect(status).toEqual({
      tracking: {
        platformId: 'enaea',
        courseTitle: '新时代高校辅导员职业能力提升',
        lessonTitle: '第一讲 导论',
        kind: 'media',
      },
      locked: false,
      systemIdle: false,
    });
    // Another tab counts nothing.
    expect(await bg.send({ type: 'get-status', tabId: 10 }, popup)).toEqual({
      ok: true,
      tabStatus: { tracking: undefined, locked: false, systemIdle: false },
    });
    // No heartbeat for longer than an interval and its slack: the segment is no longer extended.
    bg.clock.now = T0 + 60 * S;
    const later = await bg.send({ type: 'get-status', tabId: 9 }, popup);
    expect(later.ok && later.tabStatus?.tracking).toBeUndefined();
  });

  it('reports a locked screen', async () => {
    const bg = startBackground();
    await bg.tracker.dispatch({ type: 'lock' });
    const reply = await bg.send({ type: 'get-status', tabId: 9 }, popup);
    expect(reply.ok && reply.tabStatus).toMatchObject({ locked: true });
  });

  it('refuses content scripts and malformed requests', async () => {
    const bg = startBackground();
    expect(await bg.send({ type: 'get-status', tabId: 9 }, lessonTab)).toEqual({
      ok: false,
      error: 'not-from-extension-page',
    });
    expect(await bg.send({ type: 'get-status', tabId: 'nine' }, popup)).toEqual({
      ok: false,
      error: 'invalid-message',
    });
  });
});
