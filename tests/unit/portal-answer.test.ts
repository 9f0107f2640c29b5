import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerPortalRequest, type PortalAnswerSources } from '@/entrypoints/background/portal-bridge';
import { getDb } from '@/storage/db';
import { readWeekSnapshot } from '@/storage/repositories/portal-snapshot';
import { runtimeMessageSchema } from '@/storage/schemas/messages';
import { portalReplySchema } from '@/storage/schemas/portal-answer';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { snapshotSchema } from '@/storage/schemas/snapshot';
import { makeSession } from './support/session-rows';

const EXTENSION_ID = 'studytrail-test-id';
const PORTAL = 'https://portal.school.edu.cn';
const MIN = 60_000;
/** Wednesday 2026-11-18 10:00 in Shanghai. */
const NOW = Date.UTC(2026, 10, 18, 2, 0, 0);

type Sender = Parameters<typeof answerPortalRequest>[0];
const bridgeSender = (url: string, change: Partial<Sender> = {}): Sender => ({
  id: EXTENSION_ID,
  url,
  origin: new URL(url).origin,
  frameId: 0,
  tab: { id: 7 } as Sender['tab'],
  ...change,
});

const SNAPSHOT = snapshotSchema.parse({
  kind: 'studytrail.snapshot',
  schemaVersion: 1,
  generatedAt: '2026-11-18T10:00:00+08:00',
  period: { start: '2026-11-16', end: '2026-11-22' },
  weekMinutes: 30,
  goalMinutes: 180,
  perDay: [],
  currentStreakDays: 1,
});

function sources(change: Partial<Settings> = {}) {
  const settings: Settings = { ...DEFAULT_SETTINGS, portalOrigins: [PORTAL], ...change };
  const snapshot = vi.fn(async (_: Settings) => SNAPSHOT as typeof SNAPSHOT | undefined);
  const given: PortalAnswerSources = { settings: async () => settings, snapshot };
  return { given, snapshot };
}
const answer = (sender: Sender, given: PortalAnswerSources) =>
  answerPortalRequest(sender, given, EXTENSION_ID);

describe('answerPortalRequest', () => {
  it('gives an allowed portal the snapshot', async () => {
    const { given } = sources();
    const reply = await answer(bridgeSender(`${PORTAL}/xg/index.html?user=1`), given);
    expect(portalReplySchema.parse(reply)).toEqual({
      ok: true,
      answer: { type: 'snapshot', snapshot: SNAPSHOT },
    });
  });

  it('refuses an origin the learner did not allow, another port of an allowed host included', async () => {
    const { given, snapshot } = sources({ portalOrigins: [PORTAL, 'http://127.0.0.1:8123'] });
    for (const url of [
      'https://evil.example/',
      'http://portal.school.edu.cn/',
      'http://127.0.0.1:9999/portal/',
    ]) {
      expect(await answer(bridgeSender(url), given)).toEqual({ ok: false, error: 'not-allowed' });
    }
    expect(snapshot).not.toHaveBeenCalled();
  });

  it('takes the origin from the browser, not from the sender’s URL, when the browser gives one', async () => {
    const { given } = sources();
    const forged = bridgeSender(`${PORTAL}/`, { origin: 'https://evil.example' });
    expect(await answer(forged, given)).toEqual({ ok: false, error: 'not-allowed' });
  });

  it.each([
    ['another extension', { id: 'someone-else' }],
    ['an extension page (no tab)', { tab: undefined }],
    ['a sub-frame', { frameId: 3 }],
    ['an opaque origin', { origin: 'null' }],
  ])('refuses a request from %s', async (_, change) => {
    const { given } = sources();
    expect(await answer(bridgeSender(`${PORTAL}/`, change), given)).toEqual({
      ok: false,
      error: 'not-from-content-script',
    });
  });

  it('says "consent needed" to an allowed portal whose sharing is off, without reading the database', async () => {
    const { given, snapshot } = sources({ portalSharingOff: [`${PORTAL}/`] });
    expect(await answer(bridgeSender(`${PORTAL}/`), given)).toEqual({
      ok: true,
      answer: { type: 'unavailable', reason: 'consent-needed' },
    });
    expect(snapshot).not.toHaveBeenCalled();
  });

  it('says "no data" when nothing is recorded', async () => {
    const { given, snapshot } = sources();
    snapshot.mockResolvedValueOnce(undefined);
    expect(await answer(bridgeSender(`${PORTAL}/`), given)).toEqual({
      ok: true,
      answer: { type: 'unavailable', reason: 'no-data' },
    });
  });

  it('refuses a removed origin at once: settings are read again for every request', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS, portalOrigins: [PORTAL] };
    const given: PortalAnswerSources = { settings: async () => settings, snapshot: async () => SNAPSHOT };
    expect(await answer(bridgeSender(`${PORTAL}/`), given)).toMatchObject({ ok: true });
    settings = { ...settings, portalOrigins: [] };
    expect(await answer(bridgeSender(`${PORTAL}/`), given)).toEqual({ ok: false, error: 'not-allowed' });
  });

  it('the request is a message of the background protocol that carries nothing but its type', () => {
    expect(runtimeMessageSchema.parse({ type: 'portal-snapshot', origin: PORTAL })).toEqual({
      type: 'portal-snapshot',
    });
  });
});

describe('the snapshot the bridge sends', () => {
  /** Every key anywhere in a value, nested ones included. */
  const keys = (value: unknown): string[] =>
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => [
          ...(Array.isArray(value) ? [] : [key]),
          ...keys(inner),
        ])
      : [];

  it('has no field that could carry a URL, an id or reflection text, and drops any that is added', () => {
    const fullest = snapshotSchema.parse({
      ...SNAPSHOT,
      url: 'https://portal.example/',
      perDay: [{ date: '2026-11-16', minutes: 30, lessonKey: 'https://x/' }],
      classHourMinutes: 45,
      courses: [{ title: '思政课程', minutes: 30, courseKey: 'https://study.enaea.edu.cn/?id=1' }],
      topics: [{ topic: '谈心谈话', count: 1, learned: '反思正文' }],
    });
    expect([...new Set(keys(fullest))].sort()).toEqual(
      [
        'kind',
        'schemaVersion',
        'generatedAt',
        'period',
        'start',
        'end',
        'weekMinutes',
        'goalMinutes',
        'perDay',
        'date',
        'minutes',
        'currentStreakDays',
        'classHourMinutes',
        'courses',
        'title',
        'topics',
        'topic',
        'count',
      ].sort(),
    );
  });
});

describe('readWeekSnapshot', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Shanghai', shareLevel: 'topics' };
  const secret = '反思正文：不应离开本机';
  const url = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=9&token=s3cr3t';

  beforeEach(async () => {
    await getDb().sessions.clear();
    await getDb().reflections.clear();
  });

  it('is undefined when nothing is recorded', async () => {
    expect(await readWeekSnapshot(settings, NOW, '0.0.0')).toBeUndefined();
  });

  it('is this week at the share level, with no URL and no reflection text even at the widest level', async () => {
    await getDb().sessions.bulkPut([
      makeSession({ start: NOW - 60 * MIN, end: NOW - 30 * MIN, courseTitle: `课程 ${url}`, lessonKey: url }),
      makeSession({ start: NOW - 45 * MIN, end: NOW - 15 * MIN, tabId: 2, lessonKey: url }),
      // Last week: not in this week's minutes.
      makeSession({ start: NOW - 7 * 24 * 60 * MIN, end: NOW - 7 * 24 * 60 * MIN + 20 * MIN }),
    ]);
    await getDb().reflections.put({
      id: 'r1',
      createdAt: NOW - 10 * MIN,
      updatedAt: NOW - 10 * MIN,
      courseKey: url,
      courseTitle: `课程 ${url}`,
      lessonTitle: '第一讲',
      topics: ['谈心谈话'],
      learned: secret,
      thought: secret,
      apply: secret,
      isCase: true,
      sessionIds: [],
    });
    const snapshot = await readWeekSnapshot(settings, NOW, '0.0.0');
    expect(snapshot && snapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot?.period).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(snapshot?.weekMinutes).toBe(45);
    expect(snapshot?.topics).toEqual([{ topic: '谈心谈话', count: 1 }]);
    const text = JSON.stringify(snapshot);
    expect(text).not.toMatch(/https?:|token|enaea/);
    expect(text).not.toContain(secret);
  });

  it('carries the class hour only when the goal is counted in class hours', async () => {
    await getDb().sessions.put(makeSession({ start: NOW - 50 * MIN, end: NOW - 5 * MIN }));
    expect((await readWeekSnapshot(settings, NOW, '0.0.0'))?.classHourMinutes).toBeUndefined();
    const inHours = { ...settings, goalUnit: 'classHours' as const, classHourMinutes: 40 };
    expect((await readWeekSnapshot(inHours, NOW, '0.0.0'))?.classHourMinutes).toBe(40);
  });
});
