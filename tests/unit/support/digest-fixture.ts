import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';

/*
 * A fixed week of study in Asia/Shanghai (UTC+8, no DST), Monday 2026-11-16 to Sunday 2026-11-22, with
 * every case the digest must get right; the expected numbers in digest-build.test.ts are worked out by
 * hand from the comments here.
 */

export const TIME_ZONE = 'Asia/Shanghai';
export const PERIOD = { start: '2026-11-16', end: '2026-11-22' } as const;
/** Monday after the period, 09:00 local. */
export const NOW = shanghai('2026-11-23 09:00');
export const WEEKLY_GOAL = 200;

/** A Shanghai wall-clock time `YYYY-MM-DD HH:mm[:ss]` as ms since epoch. */
export function shanghai(local: string): number {
  return Date.parse(`${local.replace(' ', 'T')}+08:00`);
}

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  // No URLs: titles lose URL-like text in every export (digest-no-urls.test.ts); these test escaping.
  formula: '=HYPERLINK("evil.example")',
  markdown: '*bold* [link](evil.example) | pipe',
  lesson: '📚 心理健康\n第二讲',
} as const;

const COURSE_A = { courseKey: 'enaea:1001', courseTitle: '辅导员职业能力提升', platformId: 'enaea' };
const COURSE_B = { courseKey: 'smartedu:b7', courseTitle: '大学生心理健康教育', platformId: 'smartedu' };
const COURSE_MANUAL = {
  courseKey: 'manual:谈心谈话工作坊',
  courseTitle: '线下培训：谈心谈话工作坊',
  platformId: 'manual',
};
const COURSE_SCRIPT = {
  courseKey: 'https://evil.example/c?id=1',
  courseTitle: HOSTILE.script,
  platformId: 'custom-1',
};
const COURSE_MARKDOWN = {
  courseKey: 'https://evil.example/c?id=2',
  courseTitle: HOSTILE.markdown,
  platformId: 'custom-1',
};
const LESSON = {
  none: { lessonKey: '', lessonTitle: '' },
  formula: { lessonKey: 'https://evil.example/l?id=1', lessonTitle: HOSTILE.formula },
  emoji: { lessonKey: 'https://evil.example/l?id=2', lessonTitle: HOSTILE.lesson },
  a1: {
    lessonKey: 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1001#l1',
    lessonTitle: '第一讲 职业能力标准',
  },
  a2: {
    lessonKey: 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1001#l2',
    lessonTitle: '第二讲 谈心谈话',
  },
  b1: { lessonKey: 'https://core.teacher.vocational.smartedu.cn/p/course/b7/1', lessonTitle: '心理危机识别' },
  b2: { lessonKey: 'https://core.teacher.vocational.smartedu.cn/p/course/b7/2', lessonTitle: '危机干预流程' },
};

function session(
  id: string,
  from: string,
  to: string,
  kind: SessionRow['kind'],
  course: { courseKey: string; courseTitle: string; platformId: string },
  lesson: { lessonKey: string; lessonTitle: string },
  tabId = 1,
): SessionRow {
  return { id, start: shanghai(from), end: shanghai(to), kind, tabId, ...course, ...lesson };
}

/** Ten evenings in a row, 5 min each, 2026-11-02 … 2026-11-11: the longest streak (10 days). */
const EARLIER: SessionRow[] = Array.from({ length: 10 }, (_, i) => {
  const day = `2026-11-${String(2 + i).padStart(2, '0')}`;
  return session(`early-${i}`, `${day} 21:00`, `${day} 21:05`, 'input', COURSE_A, LESSON.a1);
});

export const SESSIONS: SessionRow[] = [
  ...EARLIER,
  // Sunday before the period 23:50 → Monday 00:10: 10 min in the period (A2), 10 min in the previous one.
  session('s-e', '2026-11-15 23:50', '2026-11-16 00:10', 'media', COURSE_A, LESSON.a2),
  // Two overlapping tabs on Monday: 09:00–09:30 input (A1) and 09:20–09:50 media (B1): union 50 min,
  // the overlap goes to input, so A1 30 and B1 20.
  session('s-a', '2026-11-16 09:00', '2026-11-16 09:30', 'input', COURSE_A, LESSON.a1),
  session('s-b', '2026-11-16 09:20', '2026-11-16 09:50', 'media', COURSE_B, LESSON.b1, 2),
  // Across midnight: 20 min on Tuesday, 25 min on Wednesday (B2).
  session('s-c', '2026-11-17 23:40', '2026-11-18 00:25', 'media', COURSE_B, LESSON.b2),
  // Manual 14:00–15:00 Thursday, overlapped 14:50–15:00 by tracked input (A1) that runs to 15:10: union
  // 70 min, manual keeps 50, input gets 20.
  session('s-d', '2026-11-19 14:00', '2026-11-19 15:00', 'manual', COURSE_MANUAL, LESSON.none, -1),
  session('s-i', '2026-11-19 14:50', '2026-11-19 15:10', 'input', COURSE_A, LESSON.a1),
  // Background audio Friday evening, 15 min (B1): counts in the total, not in media minutes.
  session('s-f', '2026-11-20 20:00', '2026-11-20 20:15', 'background-audio', COURSE_B, LESSON.b1),
  // Hostile titles on a user's own platform rule: 45 min Saturday.
  session('s-g', '2026-11-21 10:00', '2026-11-21 10:45', 'input', COURSE_SCRIPT, LESSON.formula),
  // 12.5 min Sunday morning: Markdown in the course title; emoji, CJK and a line break in the lesson.
  session('s-h', '2026-11-22 08:00', '2026-11-22 08:12:30', 'input', COURSE_MARKDOWN, LESSON.emoji),
];

function reflection(
  id: string,
  created: string,
  fields: Partial<ReflectionRow> & Pick<ReflectionRow, 'learned' | 'courseTitle' | 'lessonTitle'>,
): ReflectionRow {
  const at = shanghai(created);
  return {
    id,
    createdAt: at,
    updatedAt: at,
    courseKey: '',
    topics: [],
    thought: '',
    apply: '',
    isCase: false,
    sessionIds: [],
    ...fields,
  };
}

export const REFLECTIONS: ReflectionRow[] = [
  reflection('r-out', '2026-11-15 12:00', {
    courseTitle: COURSE_A.courseTitle,
    lessonTitle: LESSON.a1.lessonTitle,
    topics: ['旧主题'],
    learned: '上周的反思，不在本期',
  }),
  reflection('r2', '2026-11-21 10:50', {
    courseTitle: HOSTILE.script,
    lessonTitle: HOSTILE.formula,
    topics: ['=cmd|calc', '谈心谈话'],
    learned: `${HOSTILE.script} ${HOSTILE.formula}`,
    thought: `${HOSTILE.markdown}\n# heading`,
    apply: '@SUM(1+1)',
    isCase: true,
  }),
  reflection('r1', '2026-11-16 09:55', {
    courseTitle: COURSE_B.courseTitle,
    lessonTitle: LESSON.b1.lessonTitle,
    topics: ['心理危机干预', '谈心谈话'],
    learned: '识别心理危机的三个信号层次',
    thought: '倾听比说教更重要',
    apply: '下周班会上讲解求助渠道',
    rating: 5,
  }),
  reflection('r3', '2026-11-18 00:30', {
    courseTitle: COURSE_B.courseTitle,
    lessonTitle: LESSON.b2.lessonTitle,
    topics: ['心理危机干预'],
    learned: '😀 学到：先倾听再回应',
    apply: '-2+3 用于班会',
    rating: 4,
    isCase: true,
  }),
];
