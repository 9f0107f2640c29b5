import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest, type ShareLevel, snapshotSchema, toSnapshot } from '@/storage/digest';
import { withoutUrls } from '@/storage/digest/without-urls';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import {
  NOW,
  PERIOD,
  REFLECTIONS,
  SESSIONS,
  shanghai,
  TIME_ZONE,
  WEEKLY_GOAL,
} from './support/digest-fixture';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);
const LEVELS: ShareLevel[] = ['minutes', 'courses', 'topics'];
const URL_PATTERN = /[a-z][a-z0-9+.-]*:\/\/|:\/\/|\bwww\./i;

describe('toSnapshot', () => {
  it('always has the period, minutes, goal, days and streak, and matches the widget schema', () => {
    for (const level of LEVELS) {
      const snapshot = toSnapshot(digest, level);
      expect(snapshotSchema.parse(snapshot)).toEqual(snapshot);
      expect(snapshot).toMatchObject({
        kind: 'studytrail.snapshot',
        schemaVersion: 1,
        generatedAt: '2026-11-23T01:00:00.000Z',
        period: { start: '2026-11-16', end: '2026-11-22' },
        weekMinutes: 247.5,
        goalMinutes: 200,
        currentStreakDays: 8,
      });
      expect(snapshot.perDay).toEqual(digest.perDay);
    }
  });

  it("shares no courses or topics at 'minutes'", () => {
    const snapshot = toSnapshot(digest, 'minutes');
    expect('courses' in snapshot).toBe(false);
    expect('topics' in snapshot).toBe(false);
    expect('classHourMinutes' in snapshot).toBe(false);
  });

  it("shares course titles and minutes at 'courses', without topics", () => {
    const snapshot = toSnapshot(digest, 'courses');
    expect(snapshot.courses?.slice(0, 3)).toEqual([
      { title: '大学生心理健康教育', minutes: 80 },
      { title: '辅导员职业能力提升', minutes: 60 },
      { title: '线下培训：谈心谈话工作坊', minutes: 50 },
    ]);
    expect('topics' in snapshot).toBe(false);
  });

  it("shares courses and topic counts at 'topics'", () => {
    const snapshot = toSnapshot(digest, 'topics');
    expect(snapshot.courses).toHaveLength(digest.courses.length);
    expect(snapshot.topics).toEqual([
      { topic: '心理危机干预', count: 2 },
      { topic: '谈心谈话', count: 2 },
      { topic: '=cmd|calc', count: 1 },
    ]);
  });

  it('carries classHourMinutes when given, for 学时', () => {
    expect(toSnapshot(digest, 'minutes', { classHourMinutes: 45 }).classHourMinutes).toBe(45);
  });

  it('cuts URL-like text out of titles and drops course and lesson ids', () => {
    const snapshot = toSnapshot(digest, 'topics');
    const json = JSON.stringify(snapshot);
    expect(json).not.toMatch(URL_PATTERN);
    expect(json).not.toMatch(/courseId|lessonId/);
    const linked = { ...digest, courses: [{ ...digest.courses[0], title: '课程 [link](http://x) | pipe' }] };
    expect(toSnapshot(linked as typeof digest, 'courses').courses?.[0]?.title).toBe('课程 [link](… | pipe');
    expect(withoutUrls('see www.example.com or mailto:a@b.c and javascript:alert(1)')).toBe(
      'see … or … and …',
    );
  });
});

describe('toSnapshot never shares URLs or reflection text (property)', () => {
  const MARK = '§';
  const plain = fc.string({ maxLength: 30 }).map((s) => s.replaceAll(MARK, ''));
  const title = fc.oneof(
    plain,
    fc.webUrl(),
    fc
      .tuple(plain, fc.webUrl({ withQueryParameters: true, withFragments: true }), plain)
      .map((p) => p.join(' ')),
    fc.constantFrom('<script>alert(1)</script>', '=HYPERLINK("http://x")', 'www.evil.example', '//cdn.x/y'),
  );
  const reflectionText = fc.string({ minLength: 1, maxLength: 40 }).map((s) => `${MARK}${s}${MARK}`);
  const start = shanghai('2026-11-14 00:00');
  const session = fc
    .record({
      offset: fc.integer({ min: 0, max: 10 * 86_400_000 }),
      length: fc.integer({ min: 1, max: 3 * 3_600_000 }),
      courseKey: fc.webUrl(),
      courseTitle: title,
      lessonKey: fc.webUrl({ withFragments: true }),
      lessonTitle: title,
      kind: fc.constantFrom('input', 'media', 'background-audio', 'manual' as const),
    })
    .map(
      ({ offset, length, ...rest }, i = 0): SessionRow => ({
        id: `s${offset}-${i}`,
        start: start + offset,
        end: start + offset + length,
        platformId: 'p',
        tabId: 1,
        ...rest,
      }),
    );
  const reflection = fc
    .record({
      offset: fc.integer({ min: 0, max: 10 * 86_400_000 }),
      courseTitle: title,
      lessonTitle: title,
      topics: fc.array(
        title.filter((t) => t.trim().length > 0 && t.length <= 50),
        { maxLength: 4 },
      ),
      learned: reflectionText,
      thought: reflectionText,
      apply: reflectionText,
      isCase: fc.boolean(),
    })
    .map(
      ({ offset, ...rest }): ReflectionRow => ({
        id: `r${offset}`,
        createdAt: start + offset,
        updatedAt: start + offset,
        courseKey: 'k',
        sessionIds: [],
        ...rest,
      }),
    );

  it('for any digest and any share level', () => {
    fc.assert(
      fc.property(
        fc.array(session, { maxLength: 20 }),
        fc.array(reflection, { maxLength: 10 }),
        fc.constantFrom(...LEVELS),
        (sessions, reflections, level) => {
          const built = buildDigest(
            { sessions, reflections },
            { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: 180 },
          );
          const snapshot = toSnapshot(built, level, { classHourMinutes: 45 });
          const json = JSON.stringify(snapshot);
          expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
          expect(json).not.toMatch(URL_PATTERN);
          expect(json).not.toContain(MARK);
        },
      ),
      { numRuns: 200 },
    );
  });
});
