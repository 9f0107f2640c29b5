import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReflectionRow, SessionKind, SessionRow } from '@/storage/schemas/rows';
import { axeViolations, readAxeSource } from './harness/axe';
import { launchChromium } from './harness/chromium.mjs';
import { unionMs } from './harness/intervals.mjs';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { addDays, at, DAY, shanghaiDate, TZ } from './harness/shanghai-time';
import { DashboardPage } from './pages/dashboard-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

/*
 * The Week and Year views against a seeded database: the numbers shown are checked against values
 * computed here from the seeded rows alone (the union of intervals per Shanghai day, which has no DST),
 * not with the extension's code.
 */

const OUT = join(PROJECT_ROOT, 'demo-output');

let counter = 0;
function session(start: number, minutes: number, kind: SessionKind, course = 'A'): SessionRow {
  counter += 1;
  return {
    id: `e2e-${counter}`,
    start,
    end: start + minutes * 60_000,
    platformId: kind === 'manual' ? 'manual' : 'enaea',
    courseKey: `enaea:course:${course}`,
    courseTitle: course === 'A' ? '学生心理危机识别与干预' : '网络思政工作方法',
    lessonKey: `enaea:course:${course}/lesson:1`,
    lessonTitle: '第一讲',
    kind,
    tabId: kind === 'manual' ? -1 : 7,
  };
}

const WEEK = { start: '2026-04-13', end: '2026-04-19' };
const TODAY = shanghaiDate(Date.now());
const SESSIONS: SessionRow[] = [
  // Monday: a lecture, and typing in another tab for 10 of its minutes (counted once).
  session(at('2026-04-13T09:00'), 40, 'media'),
  session(at('2026-04-13T09:30'), 20, 'input', 'B'),
  session(at('2026-04-14T20:00'), 25, 'background-audio'),
  // Wednesday 23:40 to Thursday 00:30: on both days.
  session(at('2026-04-15T23:40'), 50, 'media'),
  // Friday: an on-site lecture entered by hand, overlapping 20 tracked minutes.
  session(at('2026-04-17T14:00'), 90, 'manual'),
  session(at('2026-04-17T15:00'), 20, 'input', 'B'),
  session(at('2026-04-19T10:00'), 7.5, 'input'),
  // The week before.
  session(at('2026-04-08T10:00'), 60, 'media'),
  // Six days in a row in June: the longest streak of the year.
  ...[1, 2, 3, 4, 5, 6].map((day) => session(at(`2026-06-0${day}T19:00`), 15 + day, 'media')),
  // The three days before today: the current streak (today itself is not studied yet).
  ...[1, 2, 3].map((back) => session(at(`${addDays(TODAY, -back)}T12:00`), 20, 'media', 'B')),
  // Another year: outside the Year view of 2026.
  session(at('2025-12-31T20:00'), 45, 'media'),
];

const reflection = (id: string, createdAt: number, topics: string[]): ReflectionRow => ({
  id,
  createdAt,
  updatedAt: createdAt,
  courseKey: 'enaea:course:A',
  courseTitle: '学生心理危机识别与干预',
  lessonTitle: '第一讲',
  topics,
  learned: '早期信号',
  thought: '',
  apply: '',
  isCase: false,
  sessionIds: [],
});
const REFLECTIONS = [
  reflection('r1', at('2026-04-13T10:00'), ['心理危机干预']),
  reflection('r2', at('2026-04-15T21:00'), ['心理危机干预', '学风建设']),
];

const minutes = (ms: number) => Math.round(ms / 6000) / 10;
const dayMinutes = (date: string) =>
  minutes(unionMs(SESSIONS, at(`${date}T00:00`), at(`${date}T00:00`) + DAY));

describe('the dashboard Week and Year views', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let dashboard: DashboardPage;
  let axeSource: string;

  const goTo = async (hash: string, ready: string) => {
    await dashboard.page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await dashboard.page.waitForSelector(ready, { timeout: 15_000 });
  };
  const chartsDrawn = () =>
    dashboard.page.waitForFunction(
      () => {
        const canvases = [...document.querySelectorAll('main canvas')];
        return canvases.length > 0 && canvases.every((c) => (c as HTMLElement).dataset.chart === 'ready');
      },
      { timeout: 15_000 },
    );
  const attr = (selector: string, name: string) =>
    dashboard.page.$eval(selector, (el, n) => el.getAttribute(n as string), name);
  const text = (selector: string) => dashboard.page.$eval(selector, (el) => el.textContent ?? '');

  beforeAll(async () => {
    axeSource = await readAxeSource();
    await mkdir(OUT, { recursive: true });
    chromium = await launchChromium();
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'en', weeklyGoalMinutes: 180 });
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.close();
    await chromium.extension.putRows({ sessions: SESSIONS, reflections: REFLECTIONS });
    dashboard = await DashboardPage.open(chromium.browser, chromium.extension, '');
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('opens on the Week view of this week', async () => {
    await dashboard.page.waitForSelector('[data-testid="week-view"]', { timeout: 15_000 });
    expect(await text('#view-heading')).toBe('Week');
    const monday = await attr('[data-testid="week-view"]', 'data-week');
    expect(monday).toBe(addDays(TODAY, -((new Date(`${TODAY}T00:00:00Z`).getUTCDay() + 6) % 7)));
  });

  it("shows the week's minutes per day, its total and last week's, as the union of the seeded rows", async () => {
    await goTo(
      '#/week/2026-04-15',
      '[data-testid="week-view"][data-week="2026-04-13"] [data-testid="week-days"]',
    );
    const dates = Array.from({ length: 7 }, (_, i) => addDays(WEEK.start, i));
    const expected = dates.map(dayMinutes);
    // Worked by hand: 50, 25, 20, 30, 90, 0, 7.5.
    expect(expected).toEqual([50, 25, 20, 30, 90, 0, 7.5]);
    const shown = await dashboard.page.$$eval('[data-testid="day-total"]', (cells) =>
      cells.map((c) => Number(c.getAttribute('data-minutes'))),
    );
    expect(shown).toEqual(expected);
    const total = minutes(unionMs(SESSIONS, at(`${WEEK.start}T00:00`), at(`${WEEK.end}T00:00`) + DAY));
    expect(Number(await attr('[data-testid="week-total"]', 'data-minutes'))).toBe(total);
    expect(await text('[data-testid="week-total"]')).toBe(`${Math.floor(total)} min`);
    const previous = dayMinutes('2026-04-08');
    expect(await text('[data-testid="week-delta"]')).toBe(
      `${Math.floor(total) - Math.floor(previous)} min more than last week (${previous} min)`,
    );
    // Each day's kinds add up to the day (Monday: 30 watched + 20 typed).
    const monday = await dashboard.page.$$eval('tr[data-date="2026-04-13"] td[data-kind]', (cells) =>
      cells.map((c) => [c.getAttribute('data-kind'), c.textContent]),
    );
    expect(monday).toEqual([
      ['input', '20 min'],
      ['media', '30 min'],
      ['background-audio', '0 min'],
      ['manual', '0 min'],
    ]);
    const topics = await dashboard.page.$$eval('[data-testid="week-topics"] tbody tr', (rows) =>
      rows.map((r) => r.textContent),
    );
    expect(topics).toEqual(['心理危机干预2', '学风建设1']);
    await chartsDrawn();
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
    await dashboard.screenshot(join(OUT, 'week-view-en.png'));
  });

  it("shows the year's total, days studied and streaks from the seeded rows", async () => {
    await goTo('#/year/2026', '[data-testid="year-heatmap"]');
    const yearDays = Array.from({ length: 365 }, (_, i) => addDays('2026-01-01', i));
    const studied = yearDays.filter((d) => dayMinutes(d) > 0);
    const total = minutes(unionMs(SESSIONS, at('2026-01-01T00:00'), at('2027-01-01T00:00')));
    expect(Number(await attr('[data-testid="year-total"]', 'data-minutes'))).toBe(total);
    expect(Number(await attr('[data-testid="year-days"]', 'data-count'))).toBe(studied.length);
    let longest = 0;
    let run = 0;
    for (const d of yearDays) {
      run = studied.includes(d) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(Number(await attr('[data-testid="year-longest-streak"]', 'data-count'))).toBe(longest);
    let current = 0;
    const anchor = TODAY < '2026-12-31' ? TODAY : '2026-12-31';
    let day = anchor === TODAY && !studied.includes(TODAY) ? addDays(anchor, -1) : anchor;
    while (day >= '2026-01-01' && studied.includes(day)) {
      current++;
      day = addDays(day, -1);
    }
    expect(Number(await attr('[data-testid="year-current-streak"]', 'data-count'))).toBe(current);
    const cellMinutes = await dashboard.page.$$eval(
      '[data-testid="year-heatmap"] button[data-date]',
      (cells) =>
        cells
          .filter((c) => Number(c.getAttribute('data-minutes')) > 0)
          .map((c) => c.getAttribute('data-date')),
    );
    expect(cellMinutes.sort()).toEqual(studied);
    await chartsDrawn();
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
    await dashboard.screenshot(join(OUT, 'year-view-en.png'));
  });

  it('opens the week of a day chosen on the heatmap with the keyboard', async () => {
    await dashboard.page.focus('[data-testid="year-heatmap"] button[tabindex="0"]');
    await dashboard.page.keyboard.press('Home');
    for (let i = 0; i < 15; i++) await dashboard.page.keyboard.press('ArrowRight');
    expect(await dashboard.page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe(
      '2026-04-16',
    );
    await dashboard.page.keyboard.press('Enter');
    await dashboard.page.waitForSelector('[data-testid="week-view"][data-week="2026-04-13"]', {
      timeout: 15_000,
    });
    expect(await dashboard.page.evaluate(() => location.hash)).toBe('#/week/2026-04-16');
    expect(await attr('tr[aria-current="date"]', 'data-date')).toBe('2026-04-16');
  });

  it('stays whole at 200 % zoom and in the dark scheme, with no serious or critical axe violation', async () => {
    const page = dashboard.page;
    // A 1000 px wide window at 200 % zoom lays out as 500 CSS px.
    await page.setViewport({ width: 500, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    for (const [hash, ready, name] of [
      ['#/week/2026-04-13', '[data-testid="week-days"]', 'week'],
      ['#/year/2026', '[data-testid="year-heatmap"]', 'year'],
    ] as const) {
      await goTo(hash, ready);
      await chartsDrawn();
      // The page itself never scrolls sideways; wide tables scroll in their own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
      await dashboard.screenshot(join(OUT, `${name}-view-dark-200pct-en.png`));
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(22, 27, 34)',
    );
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.setViewport({ width: 1000, height: 900 });
    await goTo('#/week/2026-04-13', '[data-testid="week-days"]');
  });

  it('switches to Chinese live, with no serious or critical axe violation on either view', async () => {
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'zh_CN', weeklyGoalMinutes: 180 });
    await dashboard.page.waitForFunction(() => document.documentElement.lang === 'zh-CN', {
      timeout: 15_000,
    });
    await dashboard.page.waitForSelector('[data-testid="week-days"]', { timeout: 15_000 });
    expect(await text('#view-heading')).toBe('周概览');
    expect(await text('[data-testid="week-shown"]')).toContain('2026年4月13日');
    await chartsDrawn();
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
    await dashboard.screenshot(join(OUT, 'week-view-zh_CN.png'));
    await goTo('#/year/2026', '[data-testid="year-heatmap"]');
    await chartsDrawn();
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
    await dashboard.screenshot(join(OUT, 'year-view-zh_CN.png'));
  });
});
