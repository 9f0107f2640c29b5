import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '@/storage/digest';
import { displayMinutes } from '@/storage/digest/minutes';
import type { SessionRow } from '@/storage/schemas/rows';
import { formatLocalDate, localDate } from '@/storage/tracking/local-day';
import { isoWeekOf } from '@/storage/tracking/weeks';
import { useBrowserSession } from './harness/browser-session';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { LessonPage } from './pages/lesson-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

const TZ = 'Asia/Shanghai';
const MIN = 60_000;
const DEMO_OUTPUT = join(PROJECT_ROOT, 'demo-output');
const GOAL = 300;

/** The local date `back` days before the day of `now`, and its midnight. */
function dayBefore(now: number, back: number): { date: string; midnight: number } {
  const today = new TZDate(now, TZ);
  const day = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() - back, TZ);
  return { date: formatLocalDate(day), midnight: day.getTime() };
}

let id = 0;
const row = (start: number, minutes: number, overrides: Partial<SessionRow> = {}): SessionRow => ({
  id: `seed-${++id}`,
  start,
  end: start + minutes * MIN,
  platformId: 'demo',
  courseKey: 'demo:course:1',
  courseTitle: '高校辅导员心理育人能力提升',
  lessonKey: 'demo:course:1/lesson:1',
  lessonTitle: '第一讲',
  kind: 'media',
  tabId: 7,
  ...overrides,
});

/**
 * Twelve days of study before now: overlapping tabs (counted once), a session across midnight, manual time,
 * a day off four days back, and today's study ending a minute ago.
 */
function seedRows(now: number): SessionRow[] {
  const rows: SessionRow[] = [];
  for (const back of [1, 2, 3, 5, 6, 8, 9, 11]) {
    const { midnight } = dayBefore(now, back);
    rows.push(row(midnight + 9 * 60 * MIN + 7_300, 37 + back * 3));
    // A second tab overlapping the first by 10 minutes: the union counts it once.
    rows.push(row(midnight + 9 * 60 * MIN + 30 * MIN, 25, { kind: 'input', tabId: 8 }));
  }
  // Across the midnight that ends day 2 back: counts on both days.
  const { midnight: oneBack } = dayBefore(now, 1);
  rows.push(row(oneBack - 20 * MIN, 45, { kind: 'input' }));
  rows.push(
    row(dayBefore(now, 3).midnight + 14 * 60 * MIN, 90, {
      kind: 'manual',
      tabId: -1,
      lessonTitle: '集中学习',
    }),
  );
  const { midnight: today } = dayBefore(now, 0);
  const sinceMidnight = now - 2 * MIN - today;
  if (sinceMidnight > 0)
    rows.push(row(today + Math.floor(sinceMidnight / 3), Math.min(52.4, sinceMidnight / MIN / 2)));
  return rows;
}

describe('the popup numbers on a seeded database (Chromium)', () => {
  const session = useBrowserSession();
  let rows: SessionRow[];
  let now: number;
  let axeSource: string;

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await mkdir(DEMO_OUTPUT, { recursive: true });
    const { chromium } = session;
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'en', weeklyGoalMinutes: GOAL });
    // Opening the popup creates the database.
    const first = await PopupPage.open(chromium.browser, chromium.extension);
    await first.page.close();
    now = Date.now();
    rows = seedRows(now);
    await chromium.extension.putRows({ sessions: rows });
  });

  /** What the engine (the digest builder) says for the same rows. */
  function engine() {
    const week = isoWeekOf(now, TZ);
    const options = { timeZone: TZ, now, weeklyGoalMinutes: GOAL };
    const weekDigest = buildDigest({ sessions: rows, reflections: [] }, { ...options, ...week });
    const lastSeven = buildDigest(
      { sessions: rows, reflections: [] },
      { ...options, start: dayBefore(now, 6).date, end: localDate(now, TZ) },
    );
    return {
      week: displayMinutes(weekDigest.totals.activeMinutes),
      perDay: lastSeven.perDay.map((day) => ({ date: day.date, minutes: displayMinutes(day.minutes) })),
      today: displayMinutes(lastSeven.perDay.at(-1)?.minutes ?? 0),
      streak: lastSeven.totals.currentStreakDays,
    };
  }

  async function openSeededPopup(locale: 'en' | 'zh_CN') {
    const { chromium } = session;
    await chromium.extension.setSettings({ timeZone: TZ, locale, weeklyGoalMinutes: GOAL });
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.waitForFunction(
      (lang) => document.documentElement.lang === lang,
      {},
      locale === 'en' ? 'en' : 'zh-CN',
    );
    // The streak is counted after the numbers are shown.
    await popup.page.waitForFunction(() =>
      /\d/.test(document.querySelector('[data-testid="streak-days"]')?.textContent ?? ''),
    );
    return popup;
  }

  it("shows the engine's today, week, streak and per-day minutes for the same rows", async () => {
    const expected = engine();
    expect(expected.streak).toBeGreaterThanOrEqual(3);
    const popup = await openSeededPopup('en');
    expect(await popup.todayMinutes()).toBe(expected.today);
    expect(await popup.text('week-progress')).toBe(`${expected.week.toLocaleString('en')} / ${GOAL} min`);
    expect(await popup.text('streak-days')).toBe(`${expected.streak} days`);
    const table = await popup.page.$$eval('[data-testid="week-chart-row"]', (trs) =>
      trs.map((tr) => ({
        date: tr.getAttribute('data-date'),
        text: tr.querySelector('td')?.textContent ?? '',
      })),
    );
    expect(table).toEqual(expected.perDay.map((day) => ({ date: day.date, text: `${day.minutes} min` })));
    expect(await popup.axeViolations(axeSource)).toEqual([]);
    await popup.page.screenshot({ path: join(DEMO_OUTPUT, 'popup-en.png'), fullPage: true });
    // "This week's digest" opens the dashboard on this ISO week in the settings' zone.
    const digestUrl = session.chromium.extension.url(`dashboard.html#/digest/${isoWeekOf(now, TZ).start}`);
    await popup.click('open-week-digest');
    const digest = await session.chromium.browser.waitForTarget((t) => t.url() === digestUrl, {
      timeout: 15_000,
    });
    await (await digest.asPage()).close();
    if (!popup.page.isClosed()) await popup.page.close();
  });

  it('shows the week in 学时 in zh_CN with no serious or critical axe violation', async () => {
    const expected = engine();
    const { chromium } = session;
    const popup = await openSeededPopup('zh_CN');
    await chromium.extension.setSettings({
      timeZone: TZ,
      locale: 'zh_CN',
      weeklyGoalMinutes: GOAL,
      goalUnit: 'classHours',
      classHourMinutes: 45,
    });
    const week = (expected.week / 45).toFixed(1);
    await popup.page.waitForFunction(
      (text) => document.querySelector('[data-testid="week-progress"]')?.textContent === text,
      {},
      `${week} / ${(GOAL / 45).toFixed(1)} 学时`,
    );
    expect(await popup.text('streak-days')).toBe(`${expected.streak} 天`);
    expect(await popup.axeViolations(axeSource)).toEqual([]);
    await popup.page.screenshot({ path: join(DEMO_OUTPUT, 'popup-zh_CN.png'), fullPage: true });
    await popup.page.close();
  });

  it('says why nothing counts: not a platform page, this platform off, paused (real toolbar popup)', async () => {
    const { chromium, server } = session;
    const base = { timeZone: TZ, locale: 'en', weeklyGoalMinutes: GOAL };
    const portal = await chromium.browser.newPage();
    await portal.goto(`${server.origin}/portal/index.html`);
    await portal.bringToFront();
    let popup = await PopupPage.openOnActiveTab(chromium.browser, chromium.extension);
    expect(await popup.nowStatus()).toEqual({ state: 'not-tracking', reason: 'not-platform' });
    await popup.page.close();
    await portal.close();

    await chromium.extension.setSettings({ ...base, enabledPlatforms: { demo: false } });
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await lesson.page.bringToFront();
    popup = await PopupPage.openOnActiveTab(chromium.browser, chromium.extension);
    expect(await popup.nowStatus()).toEqual({ state: 'not-tracking', reason: 'platform-off' });
    await popup.page.close();

    await chromium.extension.setSettings({ ...base, paused: true });
    popup = await PopupPage.openOnActiveTab(chromium.browser, chromium.extension);
    expect(await popup.nowStatus()).toEqual({ state: 'not-tracking', reason: 'paused' });
    expect(await popup.axeViolations(axeSource)).toEqual([]);
    await popup.page.screenshot({ path: join(DEMO_OUTPUT, 'popup-paused-en.png') });
    await popup.page.close();

    await chromium.extension.setSettings(base);
    popup = await PopupPage.openOnActiveTab(chromium.browser, chromium.extension);
    await popup.waitForStatus('tracking');
    await popup.page.close();
  });
});
