// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TodayCard } from '@/components/TodayCard';
import type { LiveState } from '@/components/use-live-query';
import { translate } from '@/storage/i18n';
import type { TodaySummary } from '@/storage/repositories/summary';
import { container, useContainer } from './support/dom-container';

const MIN = 60_000;
const SETTINGS = {
  weeklyGoalMinutes: 180,
  goalUnit: 'minutes',
  classHourMinutes: 45,
} as const;

useContainer();

function ready(value: TodaySummary): LiveState<TodaySummary> {
  return { status: 'ready', value };
}

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

describe('TodayCard', () => {
  it('shows a loading status while the query runs', () => {
    render(<TodayCard locale="zh_CN" summary={{ status: 'loading' }} settings={SETTINGS} />, container);
    const status = container.querySelector('[role="status"]');
    expect(status?.textContent).toBe(translate('zh_CN', 'loading'));
    expect(byTestId('today-minutes')).toBeNull();
  });

  it('shows an error as an alert that carries the message', () => {
    render(
      <TodayCard
        locale="en"
        summary={{ status: 'error', error: new Error('QuotaExceededError: disk full') }}
        settings={SETTINGS}
      />,
      container,
    );
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(translate('en', 'loadFailed', 'QuotaExceededError: disk full'));
    expect(alert?.textContent).toContain('QuotaExceededError: disk full');
    expect(byTestId('today-minutes')).toBeNull();
  });

  // As the digest and the widget count: minutes to one decimal (42.88 → 42.9), then cut to whole.
  it("shows today's time in whole minutes of the tenth-rounded minutes, rounded down", () => {
    render(
      <TodayCard
        locale="zh_CN"
        summary={ready({ todayMs: 42 * MIN + 53_000, weekMs: 0 })}
        settings={SETTINGS}
      />,
      container,
    );
    expect(byTestId('today-minutes')?.textContent).toBe('42 分钟');
    // The minutes are labelled by the visible "studied today" text next to them.
    expect(byTestId('today-minutes')?.parentElement?.textContent).toBe(
      `${translate('zh_CN', 'todayLabel')}42 分钟`,
    );
  });

  it('shows less than 0.95 minute as 0 minutes, and 0.95 minute (1.0 at one decimal) as 1', () => {
    render(
      <TodayCard locale="en" summary={ready({ todayMs: 56_999, weekMs: 0 })} settings={SETTINGS} />,
      container,
    );
    expect(byTestId('today-minutes')?.textContent).toBe('0 min');
    render(
      <TodayCard locale="en" summary={ready({ todayMs: 57_000, weekMs: 0 })} settings={SETTINGS} />,
      container,
    );
    expect(byTestId('today-minutes')?.textContent).toBe('1 min');
  });

  it('shows week progress against the goal in whole minutes', () => {
    render(
      <TodayCard locale="en" summary={ready({ todayMs: 0, weekMs: 95.9 * MIN })} settings={SETTINGS} />,
      container,
    );
    expect(byTestId('week-progress')?.textContent).toBe('95 / 180 min');
    const progress = container.querySelector('progress');
    expect(progress?.getAttribute('max')).toBe('180');
    expect(progress?.getAttribute('value')).toBe('95');
  });

  it('caps the progress bar at the goal when the week is over it', () => {
    render(
      <TodayCard
        locale="en"
        summary={ready({ todayMs: 0, weekMs: 250 * MIN })}
        settings={{ ...SETTINGS, weeklyGoalMinutes: 120 }}
      />,
      container,
    );
    expect(byTestId('week-progress')?.textContent).toBe('250 / 120 min');
    expect(container.querySelector('progress')?.getAttribute('value')).toBe('120');
  });

  it('a goal of 0 still gives the progress bar a positive max', () => {
    render(
      <TodayCard
        locale="en"
        summary={ready({ todayMs: 0, weekMs: 10 * MIN })}
        settings={{ ...SETTINGS, weeklyGoalMinutes: 0 }}
      />,
      container,
    );
    expect(Number(container.querySelector('progress')?.getAttribute('max'))).toBeGreaterThan(0);
  });

  it("shows the current course and lesson under 'studying now' while the session is active", () => {
    const summary = ready({
      todayMs: 10 * MIN,
      weekMs: 10 * MIN,
      latest: {
        courseTitle: '辅导员职业能力',
        lessonTitle: '第二讲 谈心谈话',
        platformId: 'enaea',
        active: true,
      },
    });
    render(<TodayCard locale="zh_CN" summary={summary} settings={SETTINGS} />, container);
    expect(byTestId('current-course')?.textContent).toBe('辅导员职业能力');
    expect(byTestId('current-lesson')?.textContent).toBe('第二讲 谈心谈话');
    expect(container.querySelector('section h2')?.textContent).toBe(translate('zh_CN', 'studyingNow'));
    expect(container.querySelector('section')?.getAttribute('aria-label')).toBe(
      translate('zh_CN', 'studyingNow'),
    );
    expect(container.textContent).not.toContain(translate('zh_CN', 'lastStudied'));
  });

  it("shows 'last studied' when the latest session is no longer active", () => {
    const summary = ready({
      todayMs: 0,
      weekMs: 0,
      latest: { courseTitle: 'C', lessonTitle: 'L', platformId: 'enaea', active: false },
    });
    render(<TodayCard locale="en" summary={summary} settings={SETTINGS} />, container);
    expect(container.querySelector('section h2')?.textContent).toBe('Last studied');
    expect(container.textContent).not.toContain('Studying now');
  });

  it('shows the empty state when nothing was ever studied', () => {
    render(
      <TodayCard locale="zh_CN" summary={ready({ todayMs: 0, weekMs: 0 })} settings={SETTINGS} />,
      container,
    );
    expect(container.textContent).toContain(translate('zh_CN', 'nothingYet'));
    expect(container.querySelector('section')).toBeNull();
    expect(byTestId('current-course')).toBeNull();
  });

  it('uses the chosen locale for its text', () => {
    render(
      <TodayCard locale="en" summary={ready({ todayMs: 0, weekMs: 0 })} settings={SETTINGS} />,
      container,
    );
    expect(container.querySelector('h1')?.textContent).toBe("Today's study");
    render(
      <TodayCard locale="zh_CN" summary={ready({ todayMs: 0, weekMs: 0 })} settings={SETTINGS} />,
      container,
    );
    expect(container.querySelector('h1')?.textContent).toBe('今日学习');
  });

  it('renders a hostile course title as text and creates no element from it', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const summary = ready({
      todayMs: 0,
      weekMs: 0,
      latest: { courseTitle: hostile, lessonTitle: `<b>${hostile}</b>`, platformId: 'x', active: true },
    });
    render(<TodayCard locale="en" summary={summary} settings={SETTINGS} />, container);
    expect(byTestId('current-course')?.textContent).toBe(hostile);
    expect(byTestId('current-lesson')?.textContent).toBe(`<b>${hostile}</b>`);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(byTestId('current-course')?.children).toHaveLength(0);
  });

  it('renders a hostile error message as text too', () => {
    render(
      <TodayCard
        locale="en"
        summary={{ status: 'error', error: new Error('<img src=x onerror=alert(1)>') }}
        settings={SETTINGS}
      />,
      container,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('TodayCard with a goal in class hours', () => {
  it('shows the week against the goal in 学时 when the goal unit is class hours', () => {
    const box = document.createElement('div');
    document.body.append(box);
    render(
      <TodayCard
        locale="zh_CN"
        summary={{ status: 'ready', value: { todayMs: 0, weekMs: 90 * 60_000 } }}
        settings={{ weeklyGoalMinutes: 180, goalUnit: 'classHours', classHourMinutes: 45 }}
      />,
      box,
    );
    expect(box.querySelector('[data-testid="week-progress"]')?.textContent).toBe('2.0 / 4.0 学时');
    render(null, box);
    box.remove();
  });
});
