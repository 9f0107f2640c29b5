// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { burnUpChartData } from '@/components/plans/burn-up-data';
import { PlanCard } from '@/components/plans/PlanCard';
import { PopupPlanLine } from '@/components/plans/PopupPlanLine';
import { type PlanSummary, planSummary } from '@/components/plans/plan-summary';
import { planProgress } from '@/storage/plans';
import { container, useContainer } from './support/dom-container';
import { makePlanRow } from './support/plan-rows';
import { makeSession } from './support/session-rows';

useContainer();

const MIN = 60_000;
/** `hour`:00 in Shanghai on a day of December 2026. */
const dec = (day: number, hour = 9) => Date.UTC(2026, 11, day, hour - 8);
const study = (start: number, minutes: number) =>
  makeSession({ start, end: start + minutes * MIN, courseKey: 'c', courseTitle: '课程', kind: 'media' });
const everything = { all: true, courseKeys: [], platformIds: [], manual: false };

/** The e2e's plan: 2 学时 of 10 minutes, 1 to 21 December, 30 s studied on the first day. */
function firstDay() {
  const plan = makePlanRow({
    id: 'p1',
    requiredClassHours: 2,
    classHourMinutes: 10,
    start: '2026-12-01',
    deadline: '2026-12-21',
    counts: everything,
  });
  const progress = planProgress(plan, [study(dec(1), 0.5)], { now: dec(1, 10) });
  return { plan, progress, summary: planSummary(plan, progress, []) };
}

const noop = () => {};
const card = (plan: PlanSummary, locale: 'zh_CN' | 'en' = 'zh_CN') =>
  act(() =>
    render(
      <PlanCard
        locale={locale}
        plan={plan}
        onEdit={noop}
        onDelete={noop}
        onOpenRecord={noop}
        onDownloadRecord={noop}
      />,
      container,
    ),
  );
const text = (selector: string) => container.querySelector(selector)?.textContent ?? '';

describe('the burn-up chart is drawn on a time axis', () => {
  it('places each point at its day since the start, so a one-day step is a seventh of a week', () => {
    const { summary } = firstDay();
    const data = burnUpChartData(summary.burnUp);
    // Start, today (the start), each Sunday, the deadline (a Monday, one day after the last Sunday).
    expect(data.target.map((p) => p.x)).toEqual([0, 5, 12, 19, 20]);
    expect(data.min).toBe(0);
    expect(data.max).toBe(20);
    // Only days up to today have a tracked value.
    expect(data.actual).toEqual([{ x: 0, y: 0 }]);
  });

  it("hands chart.js a goal line whose points are collinear, from the start's first day to the requirement", () => {
    const { summary } = firstDay();
    const { target } = burnUpChartData(summary.burnUp);
    const [first, last] = [target[0], target.at(-1)];
    if (!first || !last) throw new Error('no goal line');
    expect(last.y).toBeCloseTo(2, 9);
    const slope = (last.y - first.y) / (last.x - first.x);
    for (const point of target) expect(point.y - first.y).toBeCloseTo(slope * (point.x - first.x), 9);
  });

  it('labels x ticks as local dates and only at whole days, and the table lists the same points', () => {
    const { summary } = firstDay();
    const data = burnUpChartData(summary.burnUp);
    expect(data.tickLabel(19, 'zh-CN')).toBe('12月20日');
    expect(data.tickLabel(20, 'en')).toBe('Dec 21');
    expect(data.tickLabel(2.5, 'en')).toBe('');
    card(summary);
    const rows = [...container.querySelectorAll('.chart-table tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows.map((row) => row[0])).toEqual([
      '2026-12-01',
      '2026-12-06',
      '2026-12-13',
      '2026-12-20',
      '2026-12-21',
    ]);
    expect(rows[0]).toEqual(['2026-12-01', '0', '0.1']);
    expect(rows.at(-1)).toEqual(['2026-12-21', '—', '2']);
  });
});

describe('a forecast after the deadline says so', () => {
  const late: PlanSummary = { ...firstDay().summary, status: 'on-track', forecastDate: '2027-01-09' };

  it('in words, in both languages, beside a status that stays on track', () => {
    card(late);
    expect(text('[data-testid="plan-forecast"]')).toContain(
      '按最近四周的速度，预计 2027-01-09 完成，晚于截止日期',
    );
    expect(container.querySelector('[data-testid="plan-forecast"]')?.getAttribute('data-late')).toBe('true');
    expect(text('[data-testid="plan-status"]')).toBe('按计划进行');
    card(late, 'en');
    expect(text('[data-testid="plan-forecast"]')).toMatch(/2027-01-09.*after the deadline/);
  });

  it('not when the forecast makes the deadline', () => {
    card({ ...late, forecastDate: '2026-12-21' });
    expect(text('[data-testid="plan-forecast"]')).toBe('按最近四周的速度，预计 2026-12-21 完成');
    expect(container.querySelector('[data-testid="plan-forecast"]')?.getAttribute('data-late')).toBe('false');
  });
});

describe('progress shows the figure its percent is of', () => {
  it('30 seconds of a 2 学时 plan read 0 学时 and 0 %, not 0 and 2 %', () => {
    const { progress, summary } = firstDay();
    expect(progress.trackedClassHours).toBe(0);
    expect(progress.percent).toBe(0);
    card(summary);
    expect(text('[data-testid="plan-progress"]')).toBe('已记录 0 / 要求 2 学时（0%）');
  });

  it('the percent is of the shown tenth, cut down, and never 100 before the requirement is met', () => {
    const plan = makePlanRow({
      id: 'p2',
      requiredClassHours: 1,
      classHourMinutes: 10,
      start: '2026-12-01',
      deadline: '2026-12-21',
      counts: everything,
    });
    // 9.9 minutes of 10: 0.99 学时, shown 0.9.
    const progress = planProgress(plan, [study(dec(2), 9.9)], { now: dec(3) });
    expect(progress.trackedClassHours).toBe(0.9);
    expect(progress.percent).toBe(90);
    const done = planProgress(plan, [study(dec(2), 10)], { now: dec(3) });
    expect(done.percent).toBe(100);
  });

  it('the popup shows the same formatted figures', () => {
    const { progress } = firstDay();
    act(() =>
      render(
        <PopupPlanLine locale="zh_CN" glance={{ name: '培训', deadline: '2026-12-21', progress }} />,
        container,
      ),
    );
    expect(text('[data-testid="popup-plan-progress"]')).toBe('培训：0 / 2 学时');
    expect(
      container.querySelector('[data-testid="popup-plan-progress"] progress')?.getAttribute('value'),
    ).toBe('0');
  });
});
