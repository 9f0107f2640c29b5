import { describe, expect, it } from 'vitest';
import { sortAndSearchCourses } from '@/storage/courses/course-order';
import { courseSummaries } from '@/storage/courses/course-summaries';
import { buildDigest } from '@/storage/digest';
import { unionMs } from '@/storage/tracking/intervals';
import { makeSession } from './support/session-rows';

const MIN = 60_000;
const T0 = Date.UTC(2026, 3, 14, 2, 0); // 2026-04-14 10:00 in Shanghai
const A = { courseKey: 'enaea:course:1', courseTitle: '辅导员职业能力', platformId: 'enaea' };
const B = { courseKey: 'icourse163:course:PKU-1', courseTitle: '大学生心理健康', platformId: 'icourse163' };

const SESSIONS = [
  makeSession({ ...A, id: 'a1', start: T0, end: T0 + 30 * MIN, lessonKey: 'l1', kind: 'input' }),
  makeSession({ ...A, id: 'a2', start: T0 + 60 * MIN, end: T0 + 80 * MIN, lessonKey: 'l2' }),
  // Entered by hand over a1's last 10 minutes and 20 more: only the 20 are new.
  makeSession({
    ...A,
    id: 'm',
    start: T0 + 20 * MIN,
    end: T0 + 50 * MIN,
    lessonKey: '',
    lessonTitle: '',
    kind: 'manual',
    tabId: -1,
  }),
  // Another course in another tab at the same time as a2: the union counts those minutes once.
  makeSession({ ...B, id: 'b1', start: T0 + 70 * MIN, end: T0 + 100 * MIN, lessonKey: 'x', kind: 'media' }),
];

describe('course summaries', () => {
  const courses = courseSummaries(SESSIONS, [
    { courseKey: B.courseKey, title: '心理健康（重命名）', updatedAt: T0 },
  ]);
  const a = courses.find((c) => c.courseKey === A.courseKey);
  const b = courses.find((c) => c.courseKey === B.courseKey);

  it('manual time overlapping tracked time is not counted twice, and courses add up to the union', () => {
    // a1 30 + the manual entry's 20 new minutes + a2's 10 before b1 (b1 started later and wins the overlap).
    expect(a?.ms).toBe(60 * MIN);
    expect(b?.ms).toBe(30 * MIN);
    expect(a?.manualMs).toBe(20 * MIN);
    const total = unionMs(SESSIONS);
    expect(total).toBe(90 * MIN);
    expect((a?.ms ?? 0) + (b?.ms ?? 0)).toBe(total);
  });

  it('equals the digest per course for the same rows', () => {
    const digest = buildDigest(
      { sessions: SESSIONS, reflections: [] },
      {
        start: '2026-04-13',
        end: '2026-04-19',
        timeZone: 'Asia/Shanghai',
        now: T0 + 200 * MIN,
        weeklyGoalMinutes: 180,
      },
    );
    const minutes = Object.fromEntries(digest.courses.map((c) => [c.title, c.minutes]));
    expect(minutes[A.courseTitle]).toBe((a?.ms ?? 0) / MIN);
    expect(minutes[B.courseTitle]).toBe((b?.ms ?? 0) / MIN);
  });

  it('counts lessons, sessions, first and last, and shows the display name with the key unchanged', () => {
    expect(a).toMatchObject({
      lessons: 2,
      sessions: 3,
      first: T0,
      last: T0 + 80 * MIN,
      renamed: false,
      title: A.courseTitle,
    });
    expect(b).toMatchObject({
      title: '心理健康（重命名）',
      platformTitle: B.courseTitle,
      renamed: true,
      courseKey: B.courseKey,
    });
  });

  it('sorts by any column both ways and searches display and platform titles', () => {
    const order = (key: 'ms' | 'title' | 'sessions', direction: 'ascending' | 'descending', query = '') =>
      sortAndSearchCourses(courses, { key, direction, query, locale: 'zh-CN' }).map((c) => c.courseKey);
    expect(order('ms', 'descending')).toEqual([A.courseKey, B.courseKey]);
    expect(order('ms', 'ascending')).toEqual([B.courseKey, A.courseKey]);
    expect(order('sessions', 'ascending')).toEqual([B.courseKey, A.courseKey]);
    expect(order('ms', 'descending', '重命名')).toEqual([B.courseKey]);
    expect(order('ms', 'descending', '大学生')).toEqual([B.courseKey]);
    expect(order('ms', 'descending', 'nothing')).toEqual([]);
  });
});
