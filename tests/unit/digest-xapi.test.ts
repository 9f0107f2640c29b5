import { describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import {
  buildDigest,
  isoDuration,
  toXapiStatements,
  type XapiActor,
  xapiStatementSchema,
} from '@/storage/digest';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

const ACTORS: [string, XapiActor][] = [
  ['a school account', { name: '王老师', homePage: 'https://www.example.edu.cn' }],
  ['an email address', { mbox: 'wang@example.edu.cn', name: '王老师' }],
  ['nobody in particular', { anonymous: true }],
];

describe.each(ACTORS)('toXapiStatements for %s', (_, actor) => {
  const statements = toXapiStatements(digest, actor);

  it('has one experienced statement per session and one commented per reflection', () => {
    expect(statements).toHaveLength(digest.sessions.length + digest.reflections.length);
    const verbs = statements.map((s) => s.verb.id.split('/').at(-1));
    expect(verbs.filter((v) => v === 'experienced')).toHaveLength(digest.sessions.length);
    expect(verbs.filter((v) => v === 'commented')).toHaveLength(digest.reflections.length);
  });

  it('passes Learning Locker’s xAPI validator with zero warnings, and our own schema', () => {
    for (const statement of statements) {
      expect(validateStatement(JSON.parse(JSON.stringify(statement))), statement.id).toEqual([]);
      expect(xapiStatementSchema.safeParse(statement).success).toBe(true);
    }
  });

  it('is checked by a validator that does catch mistakes', () => {
    const broken = { ...statements[0], id: 'not-a-uuid', result: { duration: '12 minutes' } };
    expect(validateStatement(JSON.parse(JSON.stringify(broken))).length).toBeGreaterThanOrEqual(2);
  });

  it('gives every statement a unique, stable UUID and version 1.0.3', () => {
    const again = toXapiStatements(digest, actor);
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const s of statements) {
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s.version).toBe('1.0.3');
    }
  });

  it('never contains a page URL', () => {
    const json = JSON.stringify(statements);
    for (const session of SESSIONS) {
      if (session.courseKey.includes('://')) expect(json).not.toContain(session.courseKey);
      if (session.lessonKey) expect(json).not.toContain(session.lessonKey);
    }
    expect(json).not.toMatch(/enaea\.edu\.cn|smartedu\.cn|evil\.example\/|\?id=/);
  });
});

describe('toXapiStatements content', () => {
  const statements = toXapiStatements(digest, { name: '王老师', homePage: 'https://www.example.edu.cn' });
  const bySession = (id: string) => statements[digest.sessions.findIndex((s) => s.id === id)];

  it('describes the learner by an account on the school homepage', () => {
    expect(statements[0]?.actor).toEqual({
      objectType: 'Agent',
      name: '王老师',
      account: { homePage: 'https://www.example.edu.cn', name: '王老师' },
    });
    expect(toXapiStatements(digest, { anonymous: true })[0]?.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://studytrail.invalid', name: 'anonymous' },
    });
    expect(toXapiStatements(digest, { mbox: 'wang@example.edu.cn' })[0]?.actor.mbox).toBe(
      'mailto:wang@example.edu.cn',
    );
  });

  it('puts the attributed minutes in result.duration and the start in timestamp', () => {
    expect(bySession('s-h')?.result?.duration).toBe('PT12M30S');
    expect(bySession('s-c')?.result?.duration).toBe('PT45M');
    expect(bySession('s-b')?.result?.duration).toBe('PT20M');
    expect(bySession('s-a')?.timestamp).toBe('2026-11-16T01:00:00.000Z');
  });

  it('names the lesson in both languages and links its course as the parent', () => {
    const statement = bySession('s-c');
    expect(statement?.object.definition.name).toEqual({ 'zh-CN': '危机干预流程', 'en-US': '危机干预流程' });
    expect(statement?.object.id).toMatch(/^https:\/\/studytrail\.invalid\/xapi\/lesson\/[0-9a-f]{16}$/);
    expect(statement?.context.contextActivities?.parent[0]?.definition.name['zh-CN']).toBe(
      '大学生心理健康教育',
    );
  });

  it('puts the reflection text in result.response and points at the same lesson as its session', () => {
    const reflection = statements.find(
      (s) => s.verb.id.endsWith('commented') && s.result?.response?.includes('先倾听'),
    );
    expect(reflection?.result?.response).toBe('学：😀 学到：先倾听再回应\n用：-2+3 用于班会');
    expect(reflection?.object.id).toBe(bySession('s-c')?.object.id);
    expect(reflection?.timestamp).toBe('2026-11-17T16:30:00.000Z');
  });

  it('gives different statement ids to different learners', () => {
    const anonymous = toXapiStatements(digest, { anonymous: true });
    expect(anonymous[0]?.id).not.toBe(statements[0]?.id);
  });
});

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [30, 'PT30S'],
    [750, 'PT12M30S'],
    [3600, 'PT1H'],
    [3725, 'PT1H2M5S'],
    [29.6, 'PT30S'],
  ])('%d s is %s', (seconds, expected) => {
    expect(isoDuration(seconds)).toBe(expected);
  });
});
