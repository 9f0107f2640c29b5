import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupMessages } from '@/entrypoints/background/messages';
import { createTracker } from '@/entrypoints/background/tracker';
import type { Heartbeat, RuntimeReply } from '@/storage/schemas/messages';
import type { SessionRow } from '@/storage/schemas/rows';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { makeHeartbeat } from './support/heartbeats';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const S = 1000;
const LESSON_URL = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=123';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** The background's message handling over fake-browser, writing into an in-memory table. */
function startBackground(settings: Settings = DEFAULT_SETTINGS) {
  const rows = new Map<string, SessionRow>();
  const clock = { now: T0 };
  const tracker = createTracker(() => settings, Promise.resolve(), {
    now: () => clock.now,
    write: async (batch) => {
      for (const row of batch) rows.set(row.id, row);
    },
  });
  setupMessages(tracker, () => settings);
  const send = async (message: unknown, sender: Sender): Promise<RuntimeReply> => {
    const reply = new Promise<RuntimeReply>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
    });
    return reply;
  };
  return { rows: () => [...rows.values()], clock, send, tracker };
}

const contentScript = (change: Partial<Sender> = {}): Sender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 9, incognito: false } as Sender['tab'],
  frameId: 0,
  url: LESSON_URL,
  ...change,
});

/** Two heartbeats 15 s apart from one sender: a row of 15 s if the background accepts them. */
async function studyFor15s(
  bg: ReturnType<typeof startBackground>,
  sender: Sender,
  hb: Partial<Heartbeat> = {},
) {
  const replies: RuntimeReply[] = [];
  for (const at of [T0, T0 + 15 * S]) {
    bg.clock.now = at;
    replies.push(await bg.send(makeHeartbeat({ ts: at, lessonKey: LESSON_URL, ...hb }), sender));
  }
  return replies;
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'StudyTrail', version: '0.0.0' });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('heartbeat sender checks', () => {
  it("the top frame of a platform page records its study under the sender's tab", async () => {
    const bg = startBackground();
    const replies = await studyFor15s(bg, contentScript());
    expect(replies).toEqual([{ ok: true }, { ok: true }]);
    expect(bg.rows()).toEqual([expect.objectContaining({ tabId: 9, start: T0, end: T0 + 15 * S })]);
  });

  it('a heartbeat from a sub-frame is refused and records nothing', async () => {
    const bg = startBackground();
    const replies = await studyFor15s(bg, contentScript({ frameId: 3 }));
    expect(replies).toEqual([
      { ok: false, error: 'not-top-frame' },
      { ok: false, error: 'not-top-frame' },
    ]);
    expect(bg.rows()).toEqual([]);
  });

  it('a heartbeat claiming a platform other than the one covering the sender URL is refused', async () => {
    const bg = startBackground();
    const replies = await studyFor15s(bg, contentScript(), { platformId: 'chaoxing' });
    expect(replies[0]).toEqual({ ok: false, error: 'wrong-platform' });
    expect(bg.rows()).toEqual([]);
  });

  it('a heartbeat from a page no enabled rule covers is refused', async () => {
    const bg = startBackground();
    expect((await studyFor15s(bg, contentScript({ url: 'https://example.com/video' })))[1]).toEqual({
      ok: false,
      error: 'wrong-platform',
    });
    const disabled = startBackground({ ...DEFAULT_SETTINGS, enabledPlatforms: { enaea: false } });
    await studyFor15s(disabled, contentScript());
    expect(bg.rows()).toEqual([]);
    expect(disabled.rows()).toEqual([]);
  });

  it('a disengaging heartbeat after an in-page navigation away still closes the segment at its moment', async () => {
    const bg = startBackground();
    await studyFor15s(bg, contentScript());
    bg.clock.now = T0 + 20 * S;
    const reply = await bg.send(
      makeHeartbeat({ ts: T0 + 20 * S, engaged: false, lessonKey: LESSON_URL }),
      contentScript({ url: 'https://example.com/left' }),
    );
    expect(reply).toEqual({ ok: true });
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 20 * S })]);
    expect(await bg.tracker.openCount()).toBe(0);
  });

  it("pushState into a lesson: sender.url keeps the page's first address (Chromium), the tab's URL is the lesson", async () => {
    const bg = startBackground();
    const lesson = 'https://www.icourse163.org/learn/PKU-1001?tid=2001#/learn/content?type=detail&id=3001';
    const replies = await studyFor15s(
      bg,
      contentScript({
        url: 'https://www.icourse163.org/course/PKU-1001',
        tab: { id: 9, incognito: false, url: lesson } as Sender['tab'],
      }),
      { platformId: 'icourse163' },
    );
    expect(replies).toEqual([{ ok: true }, { ok: true }]);
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 15 * S })]);
  });

  it('a disengaging heartbeat from a page entering the back/forward cache (frameId no longer 0) closes the segment', async () => {
    const bg = startBackground();
    await studyFor15s(bg, contentScript());
    bg.clock.now = T0 + 20 * S;
    const leaving = { ...contentScript({ frameId: 2 }), documentLifecycle: 'cached' } as Sender;
    const reply = await bg.send(
      makeHeartbeat({ ts: T0 + 20 * S, engaged: false, lessonKey: LESSON_URL }),
      leaving,
    );
    expect(reply).toEqual({ ok: true });
    expect(bg.rows()).toEqual([expect.objectContaining({ start: T0, end: T0 + 20 * S })]);
  });

  it("an engaged heartbeat stamped an hour before the background's clock is ignored", async () => {
    const bg = startBackground();
    bg.clock.now = T0 + 3600 * S;
    const reply = await bg.send(makeHeartbeat({ ts: T0, lessonKey: LESSON_URL }), contentScript());
    expect(reply).toEqual({ ok: false, error: 'ignored' });
    expect(await bg.tracker.openCount()).toBe(0);
  });

  it("a user rule's page heard by a worker that is still loading its settings is checked against them", async () => {
    const rule = {
      id: 'user-province',
      name: '省平台',
      matches: ['*://train.example.edu.cn/*'],
      enabled: true,
    };
    let settings: Settings = DEFAULT_SETTINGS;
    let loaded!: () => void;
    const ready = new Promise<void>((resolve) => {
      loaded = () => {
        settings = { ...DEFAULT_SETTINGS, customRules: [rule] };
        resolve();
      };
    });
    const tracker = createTracker(() => settings, ready, { now: () => T0, write: async () => undefined });
    setupMessages(tracker, () => settings, ready);
    const reply = new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        makeHeartbeat({ ts: T0, platformId: rule.id, lessonKey: 'https://train.example.edu.cn/c/1' }),
        contentScript({ url: 'https://train.example.edu.cn/c/1' }),
        resolve,
      );
    });
    loaded();
    expect(await reply).toEqual({ ok: true });
    expect(await tracker.openCount()).toBe(1);
  });

  it('refused heartbeats are counted as invalid in the stats', async () => {
    const bg = startBackground();
    await studyFor15s(bg, contentScript({ frameId: 1 }));
    const stats = await bg.send({ type: 'get-stats' }, { id: fakeBrowser.runtime.id });
    expect(stats).toMatchObject({ ok: true, stats: { invalidMessages: 2, heartbeats: 0 } });
  });
});
