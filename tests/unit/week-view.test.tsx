// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WeekView } from '@/components/week/WeekView';
import { browserWeekActions } from '@/entrypoints/dashboard/stats-actions';
import { getDb } from '@/storage/db';
import { buildDigest } from '@/storage/digest';
import { formatDuration } from '@/storage/format-duration';
import type { Locale } from '@/storage/i18n';
import { translate } from '@/storage/i18n';
import { renameCourse } from '@/storage/repositories/course-names';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { makeSession } from './support/session-rows';

const TZ = 'Asia/Shanghai';
const WEEK = { start: '2026-04-13', end: '2026-04-19' };
const at = (local: string) => Date.parse(`${local}+08:00`);
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: TZ, weeklyGoalMinutes: 120 };

const SESSIONS = [
  // Monday: 30 min of a lecture, 10 of it also typed in another tab (input wins those 10).
  makeSession({ id: 'mon-media', start: at('2026-04-13T09:00'), end: at('2026-04-13T09:30'), kind: 'media' }),
  makeSession({
    id: 'mon-input',
    start: at('2026-04-13T09:20'),
    end: at('2026-04-13T09:30'),
    kind: 'input',
    courseKey: 'enaea:course:2',
    courseTitle: '网络思政',
  }),
  // Wednesday 23:50 to Thursday 00:20 counts on both days.
  makeSession({ id: 'wed-late', start: at('2026-04-15T23:50'), end: at('2026-04-16T00:20'), kind: 'media' }),
  makeSession({
    id: 'fri-manual',
    start: at('2026-04-17T14:00'),
    end: at('2026-04-17T15:00'),
    kind: 'manual',
    tabId: -1,
  }),
  // The week before: 45 min.
  makeSession({ id: 'prev', start: at('2026-04-08T10:00'), end: at('2026-04-08T10:45'), kind: 'media' }),
];

let root: HTMLDivElement;
let shown: string[];

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
  }
  expect(check()).toBe(true);
}

function mount(locale: Locale, settings: Settings = SETTINGS) {
  const actions = { ...browserWeekActions(() => settings), showWeek: (start: string) => shown.push(start) };
  act(() =>
    render(
      <WeekView locale={locale} week={WEEK} today="2026-04-22" unit={settings} actions={actions} />,
      root,
    ),
  );
  return actions;
}

const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';

beforeEach(async () => {
  await getDb().sessions.clear();
  await getDb().courseNames.clear();
  shown = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the Week view', () => {
  it('with nothing recorded, says so and what to do next, with a link to the platforms in Settings', async () => {
    mount('en');
    await until(() => root.querySelector('[data-testid="week-empty"]') !== null);
    expect(text('[data-testid="week-empty"]')).toContain(translate('en', 'week_empty'));
    expect(root.querySelector('[data-testid="week-empty"] a')?.getAttribute('href')).toBe('#/settings');
    expect(text('[data-testid="week-total"]')).toBe('0 min');
    expect(root.querySelector('canvas')).toBeNull();
  });

  it("shows the digest's numbers for the week: per day, per kind, per course, the goal and last week", async () => {
    await getDb().sessions.bulkPut(SESSIONS);
    mount('en');
    await until(() => root.querySelector('[data-testid="week-days"]') !== null);
    const digest = buildDigest(
      { sessions: SESSIONS, reflections: [] },
      { ...WEEK, timeZone: TZ, now: at('2026-04-22T12:00'), weeklyGoalMinutes: 120 },
    );
    // Independently: 30 (Mon) + 10 (Wed) + 20 (Thu) + 60 (Fri) minutes.
    expect(digest.totals.activeMinutes).toBe(120);
    const totals = [...root.querySelectorAll('[data-testid="day-total"]')].map((cell) =>
      Number(cell.getAttribute('data-minutes')),
    );
    expect(totals).toEqual(digest.perDay.map((day) => day.minutes));
    expect(totals).toEqual([30, 0, 10, 20, 60, 0, 0]);
    const monday = root.querySelector('tr[data-date="2026-04-13"]');
    const kindCell = (row: Element | null, kind: string) =>
      row?.querySelector(`td[data-kind="${kind}"]`)?.textContent;
    expect(kindCell(monday, 'media')).toBe('20 min');
    expect(kindCell(monday, 'input')).toBe('10 min');
    expect(kindCell(root.querySelector('tr[data-date="2026-04-17"]'), 'manual')).toBe('60 min');
    expect(text('[data-testid="week-total"]')).toBe('120 min');
    expect(text('[data-testid="week-goal"]')).toContain('100%');
    expect(text('[data-testid="week-delta"]')).toBe(translate('en', 'week_deltaMore', '75 min', '45 min'));
    const courses = [...root.querySelectorAll('[data-testid="week-courses"] tbody tr')].map((row) => [
      row.querySelector('th')?.textContent,
      row.querySelector('td')?.textContent,
    ]);
    expect(courses).toEqual([
      ['辅导员职业能力', '110 min'],
      ['网络思政', '10 min'],
    ]);
    expect(root.querySelector('canvas')?.getAttribute('aria-label')).toBe(translate('en', 'week_chartLabel'));
  });

  it('names a course by the display name the learner gave it, with the same minutes', async () => {
    await getDb().sessions.bulkPut(SESSIONS);
    await renameCourse('enaea:course:2', '网络思政（第二期）');
    mount('en');
    await until(() => root.querySelector('[data-testid="week-courses"]') !== null);
    const names = [...root.querySelectorAll('[data-testid="week-courses"] tbody tr')].map((row) => [
      row.querySelector('th')?.textContent,
      row.querySelector('td')?.textContent,
    ]);
    expect(names).toEqual([
      ['辅导员职业能力', '110 min'],
      ['网络思政（第二期）', '10 min'],
    ]);
  });

  it('shows class hours when the goal is counted in them, and switches language live', async () => {
    await getDb().sessions.bulkPut(SESSIONS);
    const classHours: Settings = { ...SETTINGS, goalUnit: 'classHours', classHourMinutes: 45 };
    mount('en', classHours);
    await until(() => text('[data-testid="week-total"]') !== '');
    // 120 min in class hours of 45 min, through the one formatter of totals.
    expect(text('[data-testid="week-total"]')).toBe(formatDuration(120, classHours, 'en'));
    expect(text('[data-testid="week-total"]')).toMatch(/^2\.[67] class hours$/);
    mount('zh_CN', classHours);
    await until(() => text('[data-testid="week-total"]') === formatDuration(120, classHours, 'zh_CN'));
    expect(text('[data-testid="week-shown"]')).toContain('2026年4月13日');
  });

  it('the week picker shows the previous, the next and the current week, and the week of any day', async () => {
    mount('en');
    await until(() => root.querySelector('[data-testid="week-view"]') !== null);
    const button = (label: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
    button(translate('en', 'week_previous')).click();
    button(translate('en', 'week_next')).click();
    button(translate('en', 'week_current')).click();
    expect(button(translate('en', 'week_current')).getAttribute('aria-pressed')).toBe('false');
    const date = root.querySelector('input[type="date"]') as HTMLInputElement;
    date.value = '2026-01-01';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    expect(shown).toEqual(['2026-04-06', '2026-04-20', '2026-04-20', '2025-12-29']);
    expect(text('[data-testid="week-shown"]')).toBe(
      translate('en', 'week_shown', 'Mon, April 13, 2026', 'Sun, April 19, 2026'),
    );
  });

  it('reads the rows again when they change (a manual entry shows at once)', async () => {
    mount('en');
    await until(() => text('[data-testid="week-total"]') === '0 min');
    await act(async () => {
      await getDb().sessions.bulkPut(SESSIONS.filter((row) => row.id === 'fri-manual'));
    });
    await until(() => text('[data-testid="week-total"]') === '60 min');
  });
});
