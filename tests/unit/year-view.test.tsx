// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heatLevel, heatmapColumns, moveDay } from '@/components/year/heatmap-layout';
import { YearView } from '@/components/year/YearView';
import { browserYearActions } from '@/entrypoints/dashboard/stats-actions';
import { getDb } from '@/storage/db';
import { translate } from '@/storage/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { makeSession } from './support/session-rows';

const TZ = 'Asia/Shanghai';
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: TZ };
const at = (local: string) => Date.parse(`${local}+08:00`);
const study = (day: string, minutes: number) =>
  makeSession({ id: `s-${day}`, start: at(`${day}T20:00`), end: at(`${day}T20:00`) + minutes * 60_000 });

// Three days in a row in March, two in a row in 2025-12-30/31 (another year), one in May.
const SESSIONS = [
  study('2025-12-31', 30),
  study('2026-03-02', 20),
  study('2026-03-03', 40),
  study('2026-03-04', 90),
  study('2026-05-20', 10),
];

let root: HTMLDivElement;
let opened: string[];

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
  }
  expect(check()).toBe(true);
}

function mount(year: number, today = '2026-05-21') {
  const actions = {
    ...browserYearActions(
      () => SETTINGS,
      () => at(`${today}T12:00`),
    ),
    openDay: (date: string) => opened.push(date),
  };
  act(() =>
    render(<YearView locale="en" year={year} today={today} unit={SETTINGS} actions={actions} />, root),
  );
}

const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';
const focusedDate = () => (document.activeElement as HTMLElement | null)?.getAttribute('data-date');
const press = (key: string) =>
  act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

beforeEach(async () => {
  await getDb().sessions.clear();
  opened = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the Year view', () => {
  it('with nothing recorded in the year, says so and what to do next', async () => {
    mount(2026);
    await until(() => root.querySelector('[data-testid="year-empty"]') !== null);
    expect(text('[data-testid="year-empty"]')).toContain(translate('en', 'year_empty', 2026));
    expect(root.querySelector('[data-testid="year-empty"] a')?.getAttribute('href')).toBe('#/settings');
  });

  it("shows the year's total, days studied, streaks and months from the digest of that year only", async () => {
    await getDb().sessions.bulkPut(SESSIONS);
    mount(2026);
    await until(() => root.querySelector('[data-testid="year-heatmap"]') !== null);
    expect(text('[data-testid="year-total"]')).toBe('160 min');
    expect(root.querySelector('[data-testid="year-days"]')?.getAttribute('data-count')).toBe('4');
    expect(text('[data-testid="year-longest-streak"]')).toBe('3 days');
    // Today is 05-21; 05-20 was studied, so the streak is one day and not yet broken.
    expect(text('[data-testid="year-current-streak"]')).toBe('1 day');
    const months = [...root.querySelectorAll('[data-testid="year-months"] td')].map((td) =>
      Number(td.getAttribute('data-minutes')),
    );
    expect(months).toEqual([0, 0, 150, 0, 10, 0, 0, 0, 0, 0, 0, 0]);
    const cell = (date: string) => root.querySelector(`button[data-date="${date}"]`);
    expect(root.querySelectorAll('button[data-date]').length).toBe(365);
    expect(cell('2026-03-04')?.className).toContain('heat-4');
    expect(cell('2026-03-02')?.className).toContain('heat-2');
    expect(cell('2026-03-01')?.className).toContain('heat-0');
    expect(cell('2026-03-04')?.getAttribute('aria-label')).toBe('Wednesday, March 4, 2026: 90 min');
  });

  it('moves through the days with the arrow keys, Home and End, and opens a day with Enter or a click', async () => {
    await getDb().sessions.bulkPut(SESSIONS);
    mount(2026);
    await until(() => root.querySelector('[data-testid="year-heatmap"]') !== null);
    const tabbable = [...root.querySelectorAll('button[data-date]')].filter(
      (b) => b.getAttribute('tabindex') === '0',
    );
    expect(tabbable.map((b) => b.getAttribute('data-date'))).toEqual(['2026-05-21']);
    act(() => (tabbable[0] as HTMLButtonElement).focus());
    press('ArrowRight');
    expect(focusedDate()).toBe('2026-05-28');
    press('ArrowUp');
    expect(focusedDate()).toBe('2026-05-27');
    press('ArrowLeft');
    press('ArrowDown');
    expect(focusedDate()).toBe('2026-05-21');
    press('Home');
    expect(focusedDate()).toBe('2026-01-01');
    press('ArrowUp');
    expect(focusedDate()).toBe('2026-01-01');
    press('End');
    expect(focusedDate()).toBe('2026-12-31');
    press('ArrowRight');
    expect(focusedDate()).toBe('2026-12-31');
    expect(
      [...root.querySelectorAll('button[data-date]')].filter((b) => b.getAttribute('tabindex') === '0')
        .length,
    ).toBe(1);
    act(() => (document.activeElement as HTMLButtonElement).click());
    expect(opened).toEqual(['2026-12-31']);
  });

  it('the year picker moves a year back and forth', async () => {
    const shown: number[] = [];
    const actions = { ...browserYearActions(() => SETTINGS), showYear: (y: number) => shown.push(y) };
    act(() =>
      render(<YearView locale="en" year={2025} today="2026-05-21" unit={SETTINGS} actions={actions} />, root),
    );
    await until(() => root.querySelector('[data-testid="year-view"]') !== null);
    for (const key of ['year_previous', 'year_next', 'year_current'] as const) {
      (
        [...root.querySelectorAll('button')].find(
          (b) => b.textContent === translate('en', key),
        ) as HTMLButtonElement
      ).click();
    }
    expect(shown).toEqual([2024, 2026, 2026]);
    // Another year: the keyboard starts on its last day.
    expect(root.querySelector('button[tabindex="0"]')?.getAttribute('data-date')).toBe('2025-12-31');
    expect(text('[data-testid="year-total"]')).toBe('0 min');
  });
});

describe('the heatmap layout', () => {
  it('shades by minutes in five steps', () => {
    expect([0, 0.1, 14.9, 15, 29.9, 30, 59.9, 60, 600].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('lays a year out in Monday-first weeks with the days outside the year empty', () => {
    const columns = heatmapColumns('2026-01-01', '2026-12-31');
    expect(columns.length).toBe(53);
    expect(columns[0]).toEqual([
      undefined,
      undefined,
      undefined,
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
    expect(columns.at(-1)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      undefined,
      undefined,
      undefined,
    ]);
    expect(columns.flat().filter(Boolean).length).toBe(365);
  });

  it('keeps keyboard moves inside the year and ignores other keys', () => {
    expect(moveDay('2026-01-03', 'ArrowLeft', '2026-01-01', '2026-12-31')).toBe('2026-01-01');
    expect(moveDay('2026-06-01', 'ArrowRight', '2026-01-01', '2026-12-31')).toBe('2026-06-08');
    expect(moveDay('2026-06-01', 'a', '2026-01-01', '2026-12-31')).toBeUndefined();
  });
});
