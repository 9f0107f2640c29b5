import {
  buildDigest,
  type Digest,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  toSnapshot,
  toXapiStatements,
} from '@/storage/digest';
import type { ReflectionRow, SessionKind, SessionRow } from '@/storage/schemas/rows';
import { table } from './format';

/*
 * The digest of a heavy year (docs/architecture.md section 6: 20,000 sessions and 2,000 reflections in under 50 ms in
 * Node), and every renderer on that year. Data is pseudo-random from a fixed seed, so runs compare.
 * Also `sampleDigest()`: a realistic week others can render (printing, screenshots, the widget demo).
 */

const TIME_ZONE = 'Asia/Shanghai';
const MINUTE = 60_000;
const DAY = 86_400_000;
const BUDGET_MS = 50;

/** mulberry32: a small seeded generator, so the heavy year is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TOPICS = [
  '心理危机干预',
  '谈心谈话',
  '学风建设',
  '就业指导',
  '资助育人',
  '网络思政',
  '班级管理',
  '安全教育',
];

/**
 * 20,000 sessions over 2026 (about 55 a day, many overlapping in other tabs) and 2,000 reflections. The
 * sessions come ordered by `end`, as `sessionsBetween` reads them from the `end` index.
 */
export function heavyYear(): { sessions: SessionRow[]; reflections: ReflectionRow[] } {
  const next = random(20_260_101);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const yearStart = Date.parse('2026-01-01T00:00:00+08:00');
  const kinds: SessionKind[] = [
    'input',
    'input',
    'media',
    'media',
    'media',
    'media',
    'background-audio',
    'manual',
  ];
  const sessions: SessionRow[] = [];
  for (let i = 0; i < 20_000; i++) {
    const course = Math.floor(next() * 30);
    const lesson = Math.floor(next() * 8);
    const start = yearStart + Math.floor(next() * 365 * DAY);
    const kind = pick(kinds);
    sessions.push({
      id: `s${i}`,
      start,
      end: start + Math.floor((1 + next() * 24) * MINUTE),
      platformId: pick(['enaea', 'smartedu', 'icourse163', 'chaoxing']),
      courseKey: `course-${course}`,
      courseTitle: `辅导员专题培训 第${course + 1}门`,
      lessonKey: `https://study.enaea.edu.cn/viewerforccvideo.do?courseId=${course}#lesson-${lesson}`,
      lessonTitle: `第${lesson + 1}讲`,
      kind,
      tabId: kind === 'manual' ? -1 : 1 + Math.floor(next() * 3),
    });
  }
  sessions.sort((a, b) => a.end - b.end);
  const reflections: ReflectionRow[] = [];
  for (let i = 0; i < 2_000; i++) {
    const createdAt = yearStart + Math.floor(next() * 365 * DAY);
    reflections.push({
      id: `r${i}`,
      createdAt,
      updatedAt: createdAt,
      courseKey: `course-${i % 30}`,
      courseTitle: `辅导员专题培训 第${(i % 30) + 1}门`,
      lessonTitle: `第${(i % 8) + 1}讲`,
      topics: [pick(TOPICS), pick(TOPICS)],
      learned: '学到了与学生谈心谈话时先倾听、再回应的方法。',
      thought: '过去常急于给建议，学生反而不愿多说。',
      apply: '下周约谈三名学业困难学生时试用。',
      rating: 1 + Math.floor(next() * 5),
      isCase: next() < 0.1,
      sessionIds: [],
    });
  }
  return { sessions, reflections };
}

/** Median wall time of `fn` in ms, after warm-up runs. */
function medianMs(fn: () => unknown, runs = 9, warmUp = 3): number {
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Prints how long the digest of a week and of the heavy year take, and each renderer on the year. */
export async function benchDigest(): Promise<void> {
  const data = heavyYear();
  const options = {
    timeZone: TIME_ZONE,
    now: Date.parse('2027-01-04T09:00:00+08:00'),
    weeklyGoalMinutes: 180,
  };
  const week = { ...options, start: '2026-11-16', end: '2026-11-22' };
  const year = { ...options, start: '2026-01-01', end: '2026-12-31' };
  const digest = buildDigest(data, year);
  const ms = (value: number) => value.toFixed(1);
  const within = (value: number) => (value < BUDGET_MS ? 'ok' : 'OVER');
  const weekMs = medianMs(() => buildDigest(data, week));
  const yearMs = medianMs(() => buildDigest(data, year));
  const next = random(7);
  const shuffled = {
    ...data,
    sessions: data.sessions
      .map((s) => [next(), s] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, s]) => s),
  };
  const shuffledMs = medianMs(() => buildDigest(shuffled, year));
  const renderers: [string, () => unknown][] = [
    ['renderMarkdown (zh_CN)', () => renderMarkdown(digest, 'zh_CN')],
    ['renderHtml (zh_CN)', () => renderHtml(digest, 'zh_CN')],
    ['renderCsv (zh_CN)', () => renderCsv(digest, 'zh_CN')],
    ['renderJson', () => renderJson(digest)],
    ['toXapiStatements', () => toXapiStatements(digest, { anonymous: true })],
    ["toSnapshot ('topics')", () => toSnapshot(digest, 'topics')],
  ];
  const rows = [
    ['digest of a heavy year (20,000 sessions, 2,000 reflections)', 'median ms', 'budget'],
    ['buildDigest, one week', ms(weekMs), `< ${BUDGET_MS} ms ${within(weekMs)}`],
    ['buildDigest, whole year', ms(yearMs), `< ${BUDGET_MS} ms ${within(yearMs)}`],
    ['buildDigest, whole year, rows in random order', ms(shuffledMs), '-'],
    ...renderers.map(([name, fn]) => [`${name}, year digest`, ms(medianMs(fn, 5, 1)), '-']),
  ];
  console.log(table(rows));
  console.log(
    `year digest: ${digest.totals.activeMinutes} min on ${digest.totals.daysStudied} days, ` +
      `${digest.sessions.length} sessions, ${digest.reflections.length} reflections (median of 9 runs after 3 warm-ups; renderers 5 after 1)`,
  );
}

const shanghai = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);

/** A realistic week of a counselor's study (2026-11-16 to 2026-11-22, Asia/Shanghai) as a Digest. */
export function sampleDigest(): Digest {
  const courses = {
    crisis: { courseKey: 'enaea:2871', courseTitle: '高校学生心理危机识别与干预', platformId: 'enaea' },
    talk: { courseKey: 'smartedu:fdy-12', courseTitle: '辅导员谈心谈话技巧', platformId: 'smartedu' },
    career: {
      courseKey: 'icourse163:career-01',
      courseTitle: '大学生职业生涯规划指导',
      platformId: 'icourse163',
    },
    offline: { courseKey: 'manual:学院培训', courseTitle: '学院辅导员沙龙（线下）', platformId: 'manual' },
  };
  const rows: [string, string, string, SessionKind, keyof typeof courses, string][] = [
    ['s1', '2026-11-16 08:10', '2026-11-16 08:52', 'media', 'crisis', '第一讲 心理危机的早期信号'],
    ['s2', '2026-11-16 12:30', '2026-11-16 12:55', 'input', 'talk', '第一讲 谈心谈话的准备'],
    ['s3', '2026-11-17 21:05', '2026-11-17 21:50', 'media', 'crisis', '第二讲 危机干预的基本流程'],
    ['s4', '2026-11-18 07:50', '2026-11-18 08:20', 'media', 'career', '第三讲 生涯访谈的组织'],
    ['s5', '2026-11-18 23:40', '2026-11-19 00:15', 'media', 'talk', '第二讲 倾听与共情'],
    ['s6', '2026-11-19 15:00', '2026-11-19 16:30', 'manual', 'offline', '案例研讨：宿舍矛盾调解'],
    ['s7', '2026-11-20 12:15', '2026-11-20 12:40', 'input', 'career', '第四讲 就业困难学生帮扶'],
    ['s8', '2026-11-21 09:30', '2026-11-21 10:35', 'media', 'crisis', '第三讲 家校协同与转介'],
    ['s9', '2026-11-22 20:00', '2026-11-22 20:28', 'input', 'career', '第五讲 简历与面试辅导'],
    // The week before, for the comparison.
    ['p1', '2026-11-10 21:00', '2026-11-10 21:40', 'media', 'talk', '第一讲 谈心谈话的准备'],
    ['p2', '2026-11-12 12:20', '2026-11-12 12:50', 'input', 'career', '第一讲 生涯规划概述'],
    ['p3', '2026-11-14 09:00', '2026-11-14 10:05', 'media', 'crisis', '第一讲 心理危机的早期信号'],
    ['p4', '2026-11-15 20:30', '2026-11-15 21:00', 'media', 'career', '第二讲 职业兴趣探索'],
  ];
  const sessions: SessionRow[] = rows.map(([id, from, to, kind, course, lessonTitle]) => ({
    id,
    start: shanghai(from),
    end: shanghai(to),
    kind,
    tabId: kind === 'manual' ? -1 : 1,
    ...courses[course],
    lessonKey: `${courses[course].courseKey}#${lessonTitle}`,
    lessonTitle,
  }));
  const reflection = (
    id: string,
    at: string,
    course: keyof typeof courses,
    lessonTitle: string,
    fields: Pick<ReflectionRow, 'topics' | 'learned' | 'thought' | 'apply' | 'isCase'> & { rating?: number },
  ): ReflectionRow => ({
    id,
    createdAt: shanghai(at),
    updatedAt: shanghai(at),
    courseKey: courses[course].courseKey,
    courseTitle: courses[course].courseTitle,
    lessonTitle,
    sessionIds: [],
    ...fields,
  });
  const reflections = [
    reflection('r1', '2026-11-16 08:55', 'crisis', '第一讲 心理危机的早期信号', {
      topics: ['心理危机干预'],
      learned: '危机往往有前兆：作息突变、退出社交、言语中流露无望感。',
      thought: '我过去只在学生主动求助时才介入，错过了不少早期信号。',
      apply: '请班委和宿舍长留意同学作息和情绪的明显变化，每周向我反馈一次。',
      rating: 5,
      isCase: false,
    }),
    reflection('r2', '2026-11-19 00:20', 'talk', '第二讲 倾听与共情', {
      topics: ['谈心谈话', '心理危机干预'],
      learned: '共情不是认同，而是让学生感到被理解。',
      thought: '“我理解你的感受”说多了反而显得敷衍，复述学生的话更有效。',
      apply: '下次约谈先用十分钟只听不评，再复述要点确认理解。',
      rating: 4,
      isCase: false,
    }),
    reflection('r3', '2026-11-19 16:40', 'offline', '案例研讨：宿舍矛盾调解', {
      topics: ['谈心谈话', '宿舍管理'],
      learned: '调解宿舍矛盾时先分别谈话，再集体约定作息公约。',
      thought: '本学期 3 号楼的矛盾就是因为一开始把双方叫到一起，场面失控。',
      apply: '整理成“分开谈—共同约定—两周回访”三步法，在学院辅导员例会上分享。',
      isCase: true,
    }),
    reflection('r4', '2026-11-20 12:45', 'career', '第四讲 就业困难学生帮扶', {
      topics: ['就业指导'],
      learned: '就业困难学生需要“一人一策”，并建立动态台账。',
      thought: '',
      apply: '本周内为年级 6 名就业困难学生建立帮扶台账。',
      rating: 4,
      isCase: false,
    }),
  ];
  return buildDigest(
    { sessions, reflections },
    {
      start: '2026-11-16',
      end: '2026-11-22',
      timeZone: TIME_ZONE,
      now: shanghai('2026-11-23 09:00'),
      weeklyGoalMinutes: 180,
    },
  );
}
