import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  toSnapshot,
  toXapiStatements,
} from '@/storage/digest';
import { digestSchema } from '@/storage/schemas/digest';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';

/*
 * Property: a digest built from rows whose course and lesson keys are page URLs (with the learner's ids
 * and tokens in the query and fragment) carries none of them, in any string field and in any file rendered
 * from it. Backups are the learner's own restore files and keep the keys; nothing else does.
 */

const WEEK = { start: '2026-11-16', end: '2026-11-22', timeZone: 'Asia/Shanghai' };
const MONDAY = Date.parse('2026-11-16T08:00:00+08:00');
const NOW = Date.parse('2026-11-23T09:00:00+08:00');

const token = fc.stringMatching(/^[A-Za-z0-9]{6,16}$/);
const urlKey = fc
  .record({
    host: fc.constantFrom(
      'study.enaea.edu.cn',
      'mooc1.chaoxing.com',
      'www.icourse163.org',
      'portal.example.cn',
    ),
    path: fc.constantFrom('/viewerforccvideo.do', '/mycourse/studentstudy', '/learn/PKU-1001', '/play'),
    userId: token,
    secret: token,
    hash: fc.option(token, { nil: undefined }),
  })
  .map(({ host, path, userId, secret, hash }) => ({
    url: `https://${host}${path}?userId=${userId}&token=${secret}${hash ? `#/learn/content?id=${hash}` : ''}`,
    query: `userId=${userId}&token=${secret}`,
    secrets: [userId, secret, ...(hash ? [hash] : [])],
  }));

const sessionArb = fc.record({
  course: urlKey,
  lesson: urlKey,
  offsetMin: fc.integer({ min: 0, max: 6 * 24 * 60 }),
  lengthMin: fc.integer({ min: 1, max: 120 }),
  kind: fc.constantFrom('input', 'media', 'background-audio', 'manual') as fc.Arbitrary<SessionRow['kind']>,
  courseTitle: fc.constantFrom('辅导员职业能力提升', '大学生心理健康教育', 'Course 1'),
  lessonTitle: fc.constantFrom('第一讲', '第二讲 谈心谈话', 'Lesson 2'),
});

/** Every string anywhere in a value, with the path to it. */
function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  }
  return [];
}

describe('no exported file carries a page URL', () => {
  it('the digest has no "://", no query and no id from the keys in any string field; no file rendered from it either', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { minLength: 1, maxLength: 8 }), (drawn) => {
        const sessions: SessionRow[] = drawn.map((d, i) => ({
          id: `s-${i}`,
          start: MONDAY + d.offsetMin * 60_000,
          end: MONDAY + (d.offsetMin + d.lengthMin) * 60_000,
          platformId: 'enaea',
          courseKey: d.course.url,
          courseTitle: d.courseTitle,
          lessonKey: d.lesson.url,
          lessonTitle: d.lessonTitle,
          kind: d.kind,
          tabId: i,
        }));
        const reflections: ReflectionRow[] = drawn.slice(0, 2).map((d, i) => ({
          id: `r-${i}`,
          createdAt: MONDAY + d.offsetMin * 60_000,
          updatedAt: MONDAY + d.offsetMin * 60_000,
          courseKey: d.course.url,
          courseTitle: d.courseTitle,
          lessonTitle: d.lessonTitle,
          topics: ['谈心谈话'],
          learned: '先倾听。',
          thought: '',
          apply: '',
          isCase: false,
          sessionIds: [`s-${i}`],
        }));
        const digest = buildDigest({ sessions, reflections }, { ...WEEK, now: NOW, weeklyGoalMinutes: 180 });
        expect(digestSchema.safeParse(digest).success).toBe(true);
        expect(digest.courses.length).toBeGreaterThan(0);
        const secrets = drawn.flatMap((d) => [...d.course.secrets, ...d.lesson.secrets]);
        const queries = drawn.flatMap((d) => [d.course.query, d.lesson.query]);
        for (const [path, text] of strings(digest)) {
          expect(text, path).not.toContain('://');
          for (const query of queries) expect(text, path).not.toContain(query);
          for (const secret of secrets) expect(text, path).not.toContain(secret);
        }
        const files = [
          renderJson(digest),
          renderMarkdown(digest, 'zh_CN'),
          renderHtml(digest, 'en'),
          ...Object.values(renderCsv(digest, 'zh_CN')),
          JSON.stringify(toXapiStatements(digest, { anonymous: true })),
          JSON.stringify(toSnapshot(digest, 'topics')),
        ];
        for (const file of files) {
          for (const d of drawn) {
            expect(file).not.toContain(d.course.url);
            expect(file).not.toContain(d.lesson.url);
          }
          for (const query of queries) expect(file).not.toContain(query);
          for (const secret of secrets) expect(file).not.toContain(secret);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a course keeps one stable id across weeks, and different keys get different ids', () => {
    const row = (id: string, start: number, courseKey: string, lessonKey: string): SessionRow => ({
      id,
      start,
      end: start + 30 * 60_000,
      platformId: 'enaea',
      courseKey,
      courseTitle: '同名课程',
      lessonKey,
      lessonTitle: '第一讲',
      kind: 'media',
      tabId: 1,
    });
    const a = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1&token=x';
    const b = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=2&token=y';
    const week1 = buildDigest(
      {
        sessions: [row('1', MONDAY, a, `${a}#1`), row('2', MONDAY + 3_600_000, b, `${b}#1`)],
        reflections: [],
      },
      { ...WEEK, now: NOW, weeklyGoalMinutes: 180 },
    );
    const week2 = buildDigest(
      { sessions: [row('3', MONDAY + 7 * 86_400_000, a, `${a}#1`)], reflections: [] },
      {
        start: '2026-11-23',
        end: '2026-11-29',
        timeZone: WEEK.timeZone,
        now: NOW + 7 * 86_400_000,
        weeklyGoalMinutes: 180,
      },
    );
    const [first, second] = week1.courses;
    expect(first?.courseId).toMatch(/^[0-9a-f]{16}$/);
    expect(first?.courseId).not.toBe(second?.courseId);
    expect(week2.courses[0]?.courseId).toBe(
      week1.courses.find((c) => c.courseId === week2.courses[0]?.courseId)?.courseId,
    );
    expect(week1.courses.map((c) => c.courseId)).toContain(week2.courses[0]?.courseId);
    expect(first?.lessons[0]?.lessonId).not.toBe(second?.lessons[0]?.lessonId);
  });

  it('cuts a URL out of a page title but keeps what the learner wrote', () => {
    const start = MONDAY;
    const digest = buildDigest(
      {
        sessions: [
          {
            id: 's',
            start,
            end: start + 60_000 * 30,
            platformId: 'custom-1',
            courseKey: 'custom-1:course',
            courseTitle: '课程 https://x.example/c?token=abc',
            lessonKey: 'custom-1:course/lesson:1',
            lessonTitle: 'www.x.example/l?id=9',
            kind: 'input',
            tabId: 1,
          },
        ],
        reflections: [],
      },
      { ...WEEK, now: NOW, weeklyGoalMinutes: 180 },
    );
    expect(digest.courses[0]?.title).toBe('课程 …');
    expect(digest.courses[0]?.lessons[0]?.title).toBe('…');
    expect(digest.sessions[0]?.courseTitle).toBe('课程 …');
  });

  it('is schema version 3', () => {
    const digest = buildDigest(
      { sessions: [], reflections: [] },
      { ...WEEK, now: NOW, weeklyGoalMinutes: 180 },
    );
    expect(digest.schemaVersion).toBe(3);
  });
});
