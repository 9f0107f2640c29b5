import { buildDigest } from '@/storage/digest';
import { planProgress, plansProgress } from '@/storage/plans';
import type { PlanRow } from '@/storage/schemas/plan';
import { heavyYear } from './digest-bench';
import { table } from './format';

/*
 * Every training plan computed on the heavy year (20,000 sessions over 2026): what the Plans view, the popup
 * and the weekly digest do each time they show plans. Plans overlap (each allows it), so every plan reads
 * the whole year; the digest's 50 ms budget (docs/architecture.md section 6) must hold with its plan section.
 */

const TIME_ZONE = 'Asia/Shanghai';
const NOW = Date.parse('2026-12-20T21:00:00+08:00');

function plan(id: string, overrides: Partial<PlanRow>): PlanRow {
  return {
    id,
    name: id,
    organiser: '学生工作部',
    requiredClassHours: 90,
    classHourMinutes: 45,
    start: '2026-01-01',
    deadline: '2026-12-31',
    timeZone: TIME_ZONE,
    counts: { all: true, courseKeys: [], platformIds: [], manual: false },
    countsTowardOthers: true,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** Six plans of a busy counselor's year: all study, platforms, chosen courses, manual entries. */
export function heavyPlans(): PlanRow[] {
  const none = { all: false, courseKeys: [], platformIds: [], manual: false };
  return [
    plan('专业技术人员继续教育（年度）', {}),
    plan('国家智慧教育平台寒假研修', {
      requiredClassHours: 10,
      classHourMinutes: 60,
      start: '2026-01-20',
      deadline: '2026-02-28',
      counts: { ...none, platformIds: ['smartedu'] },
    }),
    plan('学习公社辅导员网络培训', {
      requiredClassHours: 50,
      start: '2026-03-01',
      deadline: '2027-01-15',
      counts: { ...none, platformIds: ['enaea', 'chaoxing'] },
    }),
    plan('人工智能素养提升专题', {
      requiredClassHours: 24,
      start: '2026-09-01',
      deadline: '2026-12-31',
      counts: { ...none, courseKeys: ['course-1', 'course-2', 'course-3', 'course-4'] },
    }),
    plan('心理健康教育专题', {
      requiredClassHours: 16,
      start: '2026-05-01',
      deadline: '2026-11-30',
      counts: { ...none, courseKeys: ['course-10', 'course-11'] },
    }),
    plan('线下集中培训', { requiredClassHours: 30, counts: { ...none, manual: true } }),
  ];
}

/**
 * Median wall time and median CPU time (this process, user + system) of `fn` in ms, after warm-ups. On a
 * shared machine the wall time grows with the load; the CPU time says what the code itself costs.
 */
function median(fn: () => unknown, runs = 9, warmUp = 3): { wall: number; cpu: number } {
  for (let i = 0; i < warmUp; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const used = process.cpuUsage();
    fn();
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - started);
    cpu.push((user + system) / 1000);
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  return { wall: mid(wall), cpu: mid(cpu) };
}

/** The figures as a table, and one line per plan with what it came to. */
export function plansSection(): string {
  const { sessions, reflections } = heavyYear();
  const plans = heavyPlans();
  const every = () => plansProgress(plans, sessions, { now: NOW });
  const eachAlone = () => plans.map((p) => planProgress(p, sessions, { now: NOW }));
  const options = { timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: 180 };
  const week = { ...options, start: '2026-12-07', end: '2026-12-13' };
  const ms = (value: number) => value.toFixed(1);
  const row = (name: string, fn: () => unknown, budget = '-') => {
    const { wall, cpu } = median(fn);
    return [name, ms(wall), ms(cpu), budget === '-' ? '-' : `${budget} ${cpu < 50 ? 'ok' : 'OVER'}`];
  };
  const rows = [
    ['plans on a heavy year (20,000 sessions, 6 plans)', 'median ms', 'CPU ms', 'budget'],
    row('plansProgress, every plan (one attribution)', every),
    row('planProgress, every plan on its own', eachAlone),
    row('planProgress, the year-long plan', () => planProgress(plans[0] as PlanRow, sessions, { now: NOW })),
    row('buildDigest, one week, without plans', () => buildDigest({ sessions, reflections }, week)),
    row(
      'buildDigest, one week, with the plan section',
      () => buildDigest({ sessions, reflections, plans }, week),
      '< 50 ms',
    ),
  ];
  const results = every().map(
    (progress, i) =>
      `  ${plans[i]?.name}: ${progress.trackedClassHours} / ${progress.requiredClassHours} 学时, ${progress.status}` +
      (progress.pace ? `, ${progress.pace.neededClassHoursPerWeek} 学时/week needed` : ''),
  );
  return [table(rows), '(median of 9 runs after 3 warm-ups)', ...results].join('\n');
}

if (process.argv[1]?.endsWith('plans-bench.ts')) console.log(plansSection());
