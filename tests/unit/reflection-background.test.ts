import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPrompts } from '@/entrypoints/background/reflection-prompts';
import { setupReflections } from '@/entrypoints/background/reflections';
import { getDb } from '@/storage/db';
import { draftKey } from '@/storage/reflections/draft';
import { emptyDraft } from '@/storage/reflections/draft-limits';
import type { ReflectionReply } from '@/storage/schemas/reflection-messages';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { makeHeartbeat } from './support/heartbeats';
import { makeReflection } from './support/reflection-rows';
import { makeSession } from './support/session-rows';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const MIN = 60_000;
const LESSON_URL = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=123';
const COURSE = 'enaea:course:123';
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Shanghai' };

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const card = (change: Partial<Sender> = {}): Sender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 9, incognito: false } as Sender['tab'],
  frameId: 0,
  url: LESSON_URL,
  ...change,
});

function start() {
  const clock = { now: T0 };
  const injected: number[] = [];
  const prompts = setupReflections(() => SETTINGS, Promise.resolve(), {
    now: () => clock.now,
    inject: async (tabId) => {
      injected.push(tabId);
    },
  });
  const send = (message: unknown, sender: Sender = card()) =>
    new Promise<ReflectionReply | undefined>((resolve) => {
      const answered = fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
      // A listener that does not answer (a heartbeat) leaves the reply undefined.
      void Promise.resolve(answered).then(() => setTimeout(() => resolve(undefined), 50));
    });
  return { clock, injected, prompts, send };
}

const draft = (change: Partial<ReturnType<typeof emptyDraft>> = {}) => ({
  ...emptyDraft({ courseKey: COURSE, courseTitle: '课程', lessonTitle: '第一讲' }, T0),
  learned: '先倾听',
  ...change,
});

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
  await getDb().sessions.clear();
  await getDb().reflections.clear();
});

describe('saving a reflection through the background', () => {
  it('refuses a forged save with wrong fields and stores nothing', async () => {
    const bg = start();
    const forged = [
      { type: 'reflection-save', draft: { ...draft(), id: 'mine', createdAt: 1 } },
      { type: 'reflection-save', draft: { ...draft(), learned: 42 } },
      { type: 'reflection-save', draft: draft(), sessionIds: ['x'] },
      { type: 'reflection-save' },
    ];
    for (const message of forged)
      expect(await bg.send(message)).toEqual({ ok: false, error: 'invalid-message' });
    expect(await getDb().reflections.count()).toBe(0);
  });

  it('refuses an empty 学 and keeps the draft', async () => {
    const bg = start();
    expect(
      await bg.send({ type: 'reflection-draft', draft: draft({ learned: '  ', thought: '想法' }) }),
    ).toEqual({
      ok: true,
    });
    const reply = await bg.send({
      type: 'reflection-save',
      draft: draft({ learned: '  ', thought: '想法' }),
    });
    expect(reply).toEqual({ ok: false, error: 'invalid-reflection', detail: 'learned' });
    expect(await getDb().reflections.count()).toBe(0);
    expect((await fakeBrowser.storage.local.get(draftKey(COURSE)))[draftKey(COURSE)]).toMatchObject({
      thought: '想法',
    });
  });

  it("links the course's sessions since its last reflection, and drops the draft once written", async () => {
    await getDb().reflections.put(makeReflection({ id: 'old', courseKey: COURSE, createdAt: T0 - 60 * MIN }));
    await getDb().sessions.bulkPut([
      makeSession({ id: 'before', courseKey: COURSE, start: T0 - 90 * MIN, end: T0 - 70 * MIN }),
      makeSession({ id: 'after', courseKey: COURSE, start: T0 - 50 * MIN, end: T0 - 20 * MIN }),
      makeSession({ id: 'other', courseKey: 'other', start: T0 - 50 * MIN, end: T0 - 20 * MIN }),
    ]);
    const bg = start();
    await bg.send({ type: 'reflection-draft', draft: draft() });
    const reply = await bg.send({ type: 'reflection-save', draft: draft({ learned: '<b>要点</b>' }) });
    expect(reply).toMatchObject({ ok: true, id: expect.any(String) });
    const row = await getDb().reflections.get((reply as { id: string }).id);
    expect(row).toMatchObject({
      courseKey: COURSE,
      learned: '<b>要点</b>',
      createdAt: T0,
      sessionIds: ['after'],
    });
    expect(await fakeBrowser.storage.local.get(draftKey(COURSE))).toEqual({});
  });

  it('says storage is full when the database refuses the write, and keeps the draft', async () => {
    const bg = start();
    await bg.send({ type: 'reflection-draft', draft: draft() });
    const put = vi
      .spyOn(getDb().reflections, 'put')
      .mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const reply = await bg.send({ type: 'reflection-save', draft: draft() });
    put.mockRestore();
    expect(reply).toMatchObject({ ok: false, error: 'storage-full' });
    expect((await fakeBrowser.storage.local.get(draftKey(COURSE)))[draftKey(COURSE)]).toMatchObject({
      learned: '先倾听',
    });
  });

  it('of two tabs editing one draft, the later edit is kept whatever the arrival order', async () => {
    const bg = start();
    await bg.send({ type: 'reflection-draft', draft: draft({ learned: 'later', editedAt: T0 + 10 }) });
    await bg.send(
      { type: 'reflection-draft', draft: draft({ learned: 'earlier', editedAt: T0 + 5 }) },
      card({ tab: { id: 10, incognito: false } as Sender['tab'] }),
    );
    expect((await fakeBrowser.storage.local.get(draftKey(COURSE)))[draftKey(COURSE)]).toMatchObject({
      learned: 'later',
    });
  });

  it('refuses reflection messages from a sub-frame', async () => {
    const bg = start();
    expect(await bg.send({ type: 'reflection-save', draft: draft() }, card({ frameId: 2 }))).toEqual({
      ok: false,
      error: 'not-allowed',
    });
  });
});

describe('when the card is injected', () => {
  async function studied(minutes: number) {
    await getDb().sessions.put(
      makeSession({ id: 's', courseKey: COURSE, start: T0 - minutes * MIN, end: T0 }),
    );
  }
  const beat = (ts: number, kind: 'media' | 'input' = 'media') =>
    makeHeartbeat({ ts, kind, courseKey: COURSE, lessonKey: `${COURSE}:1`, lessonTitle: '第一讲' });

  it('never while the lecture plays; 20 s into a pause, into the tab, and the card gets its course', async () => {
    await studied(30);
    const bg = start();
    for (const at of [T0, T0 + 15_000]) {
      bg.clock.now = at;
      await bg.send(beat(at));
      await bg.prompts.sweep();
    }
    expect(bg.injected).toEqual([]);
    bg.clock.now = T0 + 20_000;
    await bg.send(beat(T0 + 20_000, 'input'));
    bg.clock.now = T0 + 39_999;
    await bg.prompts.sweep();
    expect(bg.injected).toEqual([]);
    bg.clock.now = T0 + 40_000;
    await bg.prompts.sweep();
    expect(bg.injected).toEqual([9]);
    const reply = await bg.send({ type: 'reflection-context' });
    expect(reply).toMatchObject({
      ok: true,
      context: { courseKey: COURSE, lessonTitle: '第一讲', lang: 'zh-CN' },
    });
    expect(reply?.ok && reply.context?.suggestions).toContain('辅导员数字素养');
  });

  it('not before afterMinutes of study, and not again after "later" until the snooze ends', async () => {
    await studied(10);
    const bg = start();
    await bg.send(beat(T0));
    await bg.send(beat(T0 + 1, 'input'));
    bg.clock.now = T0 + 30_000;
    await bg.prompts.sweep();
    expect(bg.injected).toEqual([]);
    await getDb().sessions.put(
      makeSession({ id: 's2', courseKey: COURSE, start: T0 - 40 * MIN, end: T0 - 20 * MIN }),
    );
    await bg.prompts.sweep();
    expect(bg.injected).toEqual([9]);
    await bg.send({ type: 'reflection-card', courseKey: COURSE, outcome: 'shown' });
    await bg.send({ type: 'reflection-card', courseKey: COURSE, outcome: 'later' });
    await bg.send(beat(T0 + 40_000));
    await bg.send(beat(T0 + 41_000, 'input'));
    bg.clock.now = T0 + 5 * MIN;
    await bg.prompts.sweep();
    expect(bg.injected).toEqual([9]);
    bg.clock.now = T0 + 11 * MIN;
    await bg.prompts.sweep();
    expect(bg.injected).toEqual([9, 9]);
  });

  it('a stopped and restarted worker keeps the break it saw: the new one shows the card', async () => {
    await studied(30);
    const bg = start();
    await bg.send(beat(T0));
    await bg.send(beat(T0 + 15_000, 'input'));
    // A new worker: nothing in memory, the same storage.
    const injected: number[] = [];
    const restarted = createPrompts({
      settings: () => SETTINGS,
      now: () => T0 + 40_000,
      inject: async (tabId) => {
        injected.push(tabId);
      },
    });
    await restarted.sweep();
    expect(injected).toEqual([9]);
    expect(bg.injected).toEqual([]);
  });

  it('a card that went with a reloaded page no longer holds the tab', async () => {
    await studied(30);
    const bg = start();
    await bg.send(beat(T0));
    await bg.send(beat(T0 + 1, 'input'));
    bg.clock.now = T0 + 30_000;
    await bg.prompts.sweep();
    expect(bg.injected).toEqual([9]);
    // The same lesson, reloaded before the card answered: at the next break it comes again.
    await fakeBrowser.tabs.onUpdated.trigger(9, { status: 'loading' }, { id: 9 } as never);
    await bg.send(beat(T0 + 40_000));
    await bg.send(beat(T0 + 41_000, 'input'));
    bg.clock.now = T0 + 70_000;
    await bg.prompts.sweep();
    expect(bg.injected).toEqual([9, 9]);
  });
});
