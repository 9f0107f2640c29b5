import { describe, expect, it } from 'vitest';
import { planProgress } from '@/storage/plans';
import { buildCompletionRecord } from '@/storage/plans-record/build-record';
import { renderCompletionRecord } from '@/storage/plans-record/render-record';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { makePlanRow } from './support/plan-rows';
import { makeSession } from './support/session-rows';

const at = (iso: string) => Date.parse(`${iso}+08:00`);
const HOSTILE = '<script>alert("x")</script> & 课程';
const plan = makePlanRow({
  id: 'p1',
  name: '培训 <b>计划</b>',
  requiredClassHours: 4,
  classHourMinutes: 45,
  creditedClassHours: 6,
  counts: { all: false, courseKeys: ['enaea:course:1'], platformIds: [], manual: true },
});
const sessions = [
  makeSession({ start: at('2026-11-03T09:00'), end: at('2026-11-03T10:30'), courseTitle: HOSTILE }),
  makeSession({ start: at('2026-11-10T20:00'), end: at('2026-11-10T20:45'), courseTitle: HOSTILE }),
  makeSession({
    start: at('2026-11-12T14:00'),
    end: at('2026-11-12T15:00'),
    kind: 'manual',
    platformId: 'manual',
    courseKey: 'manual:线下讲座',
    courseTitle: '线下讲座',
    lessonTitle: '专题报告 =cmd',
    tabId: -1,
  }),
  // Another course, not chosen: it does not count.
  makeSession({ start: at('2026-11-04T09:00'), end: at('2026-11-04T11:00'), courseKey: 'enaea:course:2' }),
];
const reflection = (id: string, createdAt: number, isCase: boolean, courseKey = 'enaea:course:1') =>
  ({
    id,
    createdAt,
    updatedAt: createdAt,
    courseKey,
    courseTitle: 'x',
    lessonTitle: 'y',
    topics: [],
    learned: 'l',
    thought: '',
    apply: '',
    isCase,
    sessionIds: [],
  }) as ReflectionRow;
const reflections = [
  reflection('r1', at('2026-11-03T11:00'), true),
  reflection('r2', at('2026-11-10T21:00'), false),
  reflection('r3', at('2026-11-04T12:00'), true, 'enaea:course:2'),
  reflection('r4', at('2026-10-20T12:00'), true),
];
const NOW = at('2026-11-30T12:00');

function record() {
  const progress = planProgress(plan, sessions, { now: NOW });
  return {
    progress,
    record: buildCompletionRecord(plan, progress, {
      sessions,
      reflections,
      settings: DEFAULT_SETTINGS,
      now: NOW,
    }),
  };
}

describe('the completion record', () => {
  it('takes its totals from the plan progress and lists the manual entry as such', () => {
    const { progress, record: r } = record();
    expect(r.totalMinutes).toBe(90 + 45 + 60);
    // The same 学时 as the Plans view: 195 / 45 = 4.33…, cut down to 4.3.
    expect(r.totalClassHours).toBe(progress.trackedClassHours);
    expect(r.totalClassHours).toBe(4.3);
    expect(renderCompletionRecord(r, 'zh_CN')).toContain('4.3 学时 (195 分钟)');
    expect(progress.trackedMs).toBe(195 * 60_000);
    expect(r.perWeek.reduce((sum, w) => sum + w.minutes, 0)).toBe(195);
    expect(r.perCourse.map((c) => c.minutes).sort()).toEqual([135, 60].sort());
    expect(r.manualEntries).toEqual([
      { date: '2026-11-12', minutes: 60, courseTitle: '线下讲座', lessonTitle: '专题报告 =cmd' },
    ]);
  });

  it('counts the reflections and cases written in the period on what counts', () => {
    const { record: r } = record();
    expect(r.reflectionCount).toBe(2);
    expect(r.caseCount).toBe(1);
  });

  it('renders a standalone A4 page with every title escaped and the method stated', () => {
    const html = renderCompletionRecord(record().record, 'zh_CN');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>计划</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 课程');
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('时间如何计量');
    expect(html).toContain('每 15 秒记录一次');
    expect(html).toContain('平台认定学时');
    expect(html).toContain('手动补录');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('is in English too', () => {
    const html = renderCompletionRecord(record().record, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('How time was measured');
    expect(html).toContain('Entered by hand');
  });
});
