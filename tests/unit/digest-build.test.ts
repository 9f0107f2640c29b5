import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '@/storage/digest';
import { digestSchema } from '@/storage/schemas/digest';
import {
  NOW,
  PERIOD,
  REFLECTIONS,
  SESSIONS,
  shanghai,
  TIME_ZONE,
  WEEKLY_GOAL,
} from './support/digest-fixture';
import { makeSession } from './support/session-rows';

const build = (overrides: Partial<Parameters<typeof buildDigest>[1]> = {}) =>
  buildDigest(
    { sessions: SESSIONS, reflections: REFLECTIONS },
    { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL, ...overrides },
  );

describe('buildDigest on the fixture week (numbers worked out by hand in digest-fixture.ts)', () => {
  const digest = build();

  it('counts the union once: overlapping tabs, manual time overlapped by tracking, parts outside cut off', () => {
    expect(digest.totals).toEqual({
      activeMinutes: 247.5,
      mediaMinutes: 75,
      manualMinutes: 50,
      daysStudied: 7,
      sessionCount: 9,
      currentStreakDays: 8,
      longestStreakDays: 10,
    });
  });

  it('splits a session across midnight over both days and lists every day of the period', () => {
    expect(digest.perDay).toEqual([
      { date: '2026-11-16', minutes: 60 },
      { date: '2026-11-17', minutes: 20 },
      { date: '2026-11-18', minutes: 25 },
      { date: '2026-11-19', minutes: 70 },
      { date: '2026-11-20', minutes: 15 },
      { date: '2026-11-21', minutes: 45 },
      { date: '2026-11-22', minutes: 12.5 },
    ]);
  });

  it('attributes overlaps to one course and lesson, sorted by minutes, adding up to the total', () => {
    const summary = digest.courses.map((c) => [
      c.title,
      c.minutes,
      c.lessons.map((l) => [l.title, l.minutes]),
    ]);
    expect(summary).toEqual([
      [
        '大学生心理健康教育',
        80,
        [
          ['危机干预流程', 45],
          ['心理危机识别', 35],
        ],
      ],
      [
        '辅导员职业能力提升',
        60,
        [
          ['第一讲 职业能力标准', 50],
          ['第二讲 谈心谈话', 10],
        ],
      ],
      ['线下培训：谈心谈话工作坊', 50, [['', 50]]],
      ['<script>alert(1)</script>', 45, [['=HYPERLINK("evil.example")', 45]]],
      ['*bold* [link](evil.example) | pipe', 12.5, [['📚 心理健康\n第二讲', 12.5]]],
    ]);
    expect(digest.courses.reduce((sum, c) => sum + c.minutes, 0)).toBe(247.5);
  });

  it('scales the weekly goal to the period and compares with the same number of days before', () => {
    expect(digest.goal).toEqual({ weeklyMinutes: 200, percent: 124 });
    expect(digest.previous).toEqual({ activeMinutes: 25, deltaMinutes: 222.5 });
  });

  it('lists the sessions overlapping the period, cut at its start, with their attributed minutes', () => {
    expect(digest.sessions.map((s) => [s.id, s.minutes, s.kind])).toEqual([
      ['s-e', 10, 'media'],
      ['s-a', 30, 'input'],
      ['s-b', 20, 'media'],
      ['s-c', 45, 'media'],
      ['s-d', 50, 'manual'],
      ['s-i', 20, 'input'],
      ['s-f', 15, 'background-audio'],
      ['s-g', 45, 'input'],
      ['s-h', 12.5, 'input'],
    ]);
    expect(digest.sessions[0]?.start).toBe(shanghai('2026-11-16 00:00'));
    expect(digest.sessions[0]?.end).toBe(shanghai('2026-11-16 00:10'));
  });

  it('keeps the reflections written in the period, oldest first, and counts their topics', () => {
    expect(digest.reflections.map((r) => r.id)).toEqual(['r1', 'r3', 'r2']);
    expect(digest.reflections[0]).toEqual({
      id: 'r1',
      createdAt: shanghai('2026-11-16 09:55'),
      courseTitle: '大学生心理健康教育',
      lessonTitle: '心理危机识别',
      topics: ['心理危机干预', '谈心谈话'],
      learned: '识别心理危机的三个信号层次',
      thought: '倾听比说教更重要',
      apply: '下周班会上讲解求助渠道',
      rating: 5,
      isCase: false,
    });
    expect('rating' in (digest.reflections[2] ?? {})).toBe(false);
    expect(digest.topics).toEqual([
      { topic: '心理危机干预', reflectionCount: 2 },
      { topic: '谈心谈话', reflectionCount: 2 },
      { topic: '=cmd|calc', reflectionCount: 1 },
    ]);
  });

  it('carries its kind, version, period, generation time and method', () => {
    expect(digest.kind).toBe('studytrail.digest');
    expect(digest.schemaVersion).toBe(3);
    expect(digest.period).toEqual({ ...PERIOD, timeZone: TIME_ZONE });
    expect(digest.generatedAt).toBe('2026-11-23T01:00:00.000Z');
    expect(digest.method).toMatchObject({
      heartbeatSeconds: 15,
      idleSeconds: 180,
      countBackgroundAudio: false,
    });
    expect(build({ method: { heartbeatSeconds: 30, version: '9.9.9' } }).method).toEqual({
      heartbeatSeconds: 30,
      idleSeconds: 180,
      countBackgroundAudio: false,
      version: '9.9.9',
    });
    expect(digestSchema.parse(digest)).toEqual(digest);
  });
});

describe('buildDigest streaks and goal', () => {
  const day = (date: string) =>
    makeSession({ start: shanghai(`${date} 10:00`), end: shanghai(`${date} 10:10`), kind: 'input' });
  const sessions = [day('2026-11-20'), day('2026-11-21')];
  const options = { ...PERIOD, timeZone: TIME_ZONE, weeklyGoalMinutes: 0 };

  it('counts the current streak from today when the period is not over, not broken by an unfinished today', () => {
    const digest = buildDigest(
      { sessions, reflections: [] },
      { ...options, now: shanghai('2026-11-22 08:00') },
    );
    expect(digest.totals.currentStreakDays).toBe(2);
  });

  it('counts the current streak from the period end once it is over: a day without study breaks it', () => {
    const digest = buildDigest({ sessions, reflections: [] }, { ...options, now: NOW });
    expect(digest.totals.currentStreakDays).toBe(0);
    expect(digest.totals.longestStreakDays).toBe(2);
  });

  it('gives 0 percent for a goal of 0 minutes', () => {
    const digest = buildDigest({ sessions, reflections: [] }, { ...options, now: NOW });
    expect(digest.goal).toEqual({ weeklyMinutes: 0, percent: 0 });
  });

  it('scales the goal to a period that is not a week', () => {
    const digest = buildDigest(
      { sessions, reflections: [] },
      { start: '2026-11-20', end: '2026-11-21', timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: 70 },
    );
    // 20 min against 70 × 2 / 7 = 20 min.
    expect(digest.goal.percent).toBe(100);
  });

  it('builds an empty digest from no rows, with every day at zero', () => {
    const digest = buildDigest({ sessions: [], reflections: [] }, { ...options, now: NOW });
    expect(digest.perDay).toHaveLength(7);
    expect(digest.perDay.every((d) => d.minutes === 0)).toBe(true);
    expect(digest.totals).toEqual({
      activeMinutes: 0,
      mediaMinutes: 0,
      manualMinutes: 0,
      daysStudied: 0,
      sessionCount: 0,
      currentStreakDays: 0,
      longestStreakDays: 0,
    });
    expect(digest.courses).toEqual([]);
    expect(digest.previous).toEqual({ activeMinutes: 0, deltaMinutes: 0 });
  });

  it('refuses a period that ends before it starts, a date that does not exist and an unknown time zone', () => {
    const input = { sessions, reflections: [] };
    expect(() =>
      buildDigest(input, { ...options, now: NOW, start: '2026-11-22', end: '2026-11-16' }),
    ).toThrow(/before it starts/);
    expect(() => buildDigest(input, { ...options, now: NOW, start: '2026-02-30' })).toThrow(
      /No such calendar day/,
    );
    expect(() => buildDigest(input, { ...options, now: NOW, timeZone: 'Mars/Olympus' })).toThrow(/time zone/);
  });
});

describe('buildDigest across daylight saving time (Europe/Berlin)', () => {
  const berlin = (y: number, m: number, d: number, h: number) =>
    new TZDate(y, m - 1, d, h, 0, 'Europe/Berlin').getTime();
  const options = { timeZone: 'Europe/Berlin', now: berlin(2026, 12, 1, 12), weeklyGoalMinutes: 180 };

  it('has 7 days in the spring-forward week, Sunday 23 hours long', () => {
    const session = makeSession({ start: berlin(2026, 3, 28, 22), end: berlin(2026, 3, 30, 2) });
    const digest = buildDigest(
      { sessions: [session], reflections: [] },
      { ...options, start: '2026-03-23', end: '2026-03-29' },
    );
    expect(digest.perDay.map((d) => d.date)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    expect(digest.perDay.at(-2)?.minutes).toBe(120);
    expect(digest.perDay.at(-1)?.minutes).toBe(23 * 60);
    expect(digest.totals.activeMinutes).toBe(120 + 23 * 60);
    expect(digest.sessions[0]?.end).toBe(berlin(2026, 3, 30, 0));
  });

  it('has a 25-hour Sunday in the fall-back week', () => {
    const session = makeSession({ start: berlin(2026, 10, 25, 0), end: berlin(2026, 10, 26, 0) });
    const digest = buildDigest(
      { sessions: [session], reflections: [] },
      { ...options, start: '2026-10-19', end: '2026-10-25' },
    );
    expect(digest.perDay).toHaveLength(7);
    expect(digest.perDay.at(-1)?.minutes).toBe(25 * 60);
  });
});
