import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionRow } from '@/storage/schemas/rows';
import { axeViolations, readAxeSource } from './harness/axe';
import { launchChromium } from './harness/chromium.mjs';
import { unionMs } from './harness/intervals.mjs';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { addDays, at, DAY, shanghaiDate, TZ } from './harness/shanghai-time';
import { DashboardPage } from './pages/dashboard-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

/*
 * The Courses and Sessions views and the welcome guide in Chromium against a seeded database. Expected
 * numbers are computed here from the rows alone (a union of intervals per course and per week, in
 * Shanghai, which has no DST), never with the extension's code.
 */

const MIN = 60_000;
const OUT = join(PROJECT_ROOT, 'demo-output');

// The manual entry goes on today at 00:05 if that is an hour past, else on yesterday: it must lie in the past.
const NOW = Date.now();
const ENTRY_DAY =
  NOW - at(`${shanghaiDate(NOW)}T00:00`) >= 3_600_000 ? shanghaiDate(NOW) : addDays(shanghaiDate(NOW), -1);
const MONDAY = addDays(ENTRY_DAY, -((new Date(`${ENTRY_DAY}T00:00:00Z`).getUTCDay() + 6) % 7));
const WEEK_FROM = at(`${MONDAY}T00:00`);
const WEEK_TO = WEEK_FROM + 7 * DAY;

const A = {
  courseKey: 'enaea:course:291026',
  courseTitle: '新时代高校辅导员职业能力提升',
  platformId: 'enaea',
};
const B = {
  courseKey: 'icourse163:course:PKU-1001',
  courseTitle: '大学生心理健康',
  platformId: 'icourse163',
};
let counter = 0;
function session(course: typeof A, start: number, minutes: number, lesson: string): SessionRow {
  counter += 1;
  return {
    id: `e2e-${counter}`,
    start,
    end: start + minutes * MIN,
    ...course,
    lessonKey: `${course.courseKey}/lesson:${lesson}`,
    lessonTitle: `第${lesson}讲`,
    kind: 'media',
    tabId: 5,
  };
}
const SESSIONS: SessionRow[] = [
  // On the entry's day: 00:20 to 00:50 of course A; the manual entry (00:05, 30 min, course A) overlaps 15 min.
  session(A, at(`${ENTRY_DAY}T00:20`), 30, '1'),
  session(A, at('2026-03-02T09:00'), 45, '2'),
  session(B, at('2026-03-03T20:00'), 25, '1'),
  session(B, at('2026-03-05T20:00'), 35, '2'),
];
const MANUAL = { start: at(`${ENTRY_DAY}T00:05`), end: at(`${ENTRY_DAY}T00:35`) };

describe('the Courses and Sessions views and the welcome guide', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let dashboard: DashboardPage;
  let axeSource: string;
  let downloads: string;

  const goTo = async (hash: string, ready: string) => {
    await dashboard.page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await dashboard.page.waitForSelector(ready, { timeout: 15_000 });
  };
  /** Sets a form field as typing would (date and time inputs take no keystrokes portably). */
  const fill = (selector: string, value: string) =>
    dashboard.page.$eval(
      selector,
      (el, v) => {
        (el as HTMLInputElement).value = v as string;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      value,
    );
  const courseMs = () =>
    dashboard.page.$$eval('[data-testid="course-row"]', (rows) =>
      Object.fromEntries(
        rows.map((r) => [
          r.getAttribute('data-course-key'),
          Number(r.querySelector('[data-testid="course-time"]')?.getAttribute('data-ms')),
        ]),
      ),
    );

  beforeAll(async () => {
    axeSource = await readAxeSource();
    await mkdir(OUT, { recursive: true });
    downloads = await mkdtemp(join(tmpdir(), 'studytrail-cs-'));
    chromium = await launchChromium();
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'en', weeklyGoalMinutes: 180 });
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.close();
    await chromium.extension.putRows({ sessions: SESSIONS });
    dashboard = await DashboardPage.open(chromium.browser, chromium.extension, '#/courses');
    await dashboard.page.waitForSelector('[data-testid="course-row"]', { timeout: 15_000 });
  });
  afterAll(async () => {
    await chromium?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('the welcome guide opened on install, behind the current tab', async () => {
    const welcome = chromium.browser
      .targets()
      .find((t) => t.url() === chromium.extension.url('dashboard.html#/welcome'));
    expect(welcome).toBeDefined();
  });

  it('lists each course with the time of the union of its sessions', async () => {
    const shown = await courseMs();
    expect(shown).toEqual({
      [A.courseKey]: unionMs(SESSIONS.filter((s) => s.courseKey === A.courseKey)),
      [B.courseKey]: unionMs(SESSIONS.filter((s) => s.courseKey === B.courseKey)),
    });
    expect(shown[B.courseKey]).toBe(60 * MIN);
  });

  it('a manual entry added in the Sessions view counts once in Sessions, Courses, the popup, the Week view and the digest', async () => {
    await goTo('#/sessions', '[data-testid="manual-new-form"]');
    await dashboard.page.waitForSelector(`#manual-new-courseKey option[value="${A.courseKey}"]`, {
      timeout: 15_000,
    });
    await fill('#manual-new-date', ENTRY_DAY);
    await fill('#manual-new-startTime', '00:05');
    await fill('#manual-new-minutes', '30');
    await dashboard.page.select('#manual-new-courseKey', A.courseKey);
    await fill('#manual-new-note', '集中学习：心理危机干预讲座');
    await dashboard.page.click('[data-testid="manual-new-form"] button[type="submit"]');
    await dashboard.page.waitForSelector('[data-testid="session"][data-kind="manual"]', { timeout: 15_000 });
    expect(
      await dashboard.page.$eval(
        '[data-testid="session"][data-kind="manual"] [data-testid="session-kind"]',
        (el) => el.textContent,
      ),
    ).toBe('Entered by hand');
    // Added to a course of 学习公社, but it happened offline.
    expect(
      await dashboard.page.$eval('[data-testid="session"][data-kind="manual"]', (el) => el.textContent),
    ).toContain('Offline study');

    const stored = (await chromium.extension.sessions()) as SessionRow[];
    const manual = stored.find((row) => row.kind === 'manual');
    expect(manual).toMatchObject({
      ...MANUAL,
      tabId: -1,
      courseKey: A.courseKey,
      note: '集中学习：心理危机干预讲座',
    });
    const all = [...SESSIONS, MANUAL];
    const weekMs = unionMs(all, WEEK_FROM, WEEK_TO);
    // 00:05 to 00:50: the 15 overlapping minutes count once.
    expect(weekMs).toBe(45 * MIN);
    await dashboard.page.waitForFunction(
      (ms) =>
        document.querySelector('[data-testid="sessions-week-total"]')?.getAttribute('data-ms') === String(ms),
      { timeout: 15_000 },
      weekMs,
    );

    await goTo('#/courses', '[data-testid="course-row"]');
    await dashboard.page.waitForFunction(() => document.querySelector('.manual-mark') !== null, {
      timeout: 15_000,
    });
    expect((await courseMs())[A.courseKey]).toBe(
      unionMs([...SESSIONS.filter((s) => s.courseKey === A.courseKey), MANUAL]),
    );

    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    const progress = await popup.text('week-progress');
    expect(progress.startsWith(`${Math.floor(unionMs(all, WEEK_FROM, NOW + MIN) / MIN)} /`)).toBe(true);
    await popup.page.close();

    await goTo(
      `#/week/${MONDAY}`,
      `[data-testid="week-view"][data-week="${MONDAY}"] [data-testid="week-total"]`,
    );
    expect(
      Number(
        await dashboard.page.$eval('[data-testid="week-total"]', (el) => el.getAttribute('data-minutes')),
      ),
    ).toBe(weekMs / MIN);
    expect(
      await dashboard.page.$eval(
        `tr[data-date="${ENTRY_DAY}"] td[data-kind="manual"]`,
        (el) => el.textContent,
      ),
    ).toBe('15 min');

    await goTo(`#/digest/${MONDAY}`, 'iframe.digest-preview');
    await dashboard.allowDownloads(downloads);
    const [path] = await dashboard.downloadsFrom('button[data-format="json"]', 1);
    const text = await readFile(path as string, 'utf8');
    const digest = JSON.parse(text);
    expect(digest.totals.activeMinutes).toBe(weekMs / MIN);
    expect(digest.sessions.filter((s: { kind: string }) => s.kind === 'manual')).toHaveLength(1);
    // The note stays on this machine: the digest is handed in.
    expect(text).not.toContain('心理危机干预讲座');
  });

  it('deletes a session with undo', async () => {
    await goTo('#/sessions', '[data-testid="session"][data-kind="manual"]');
    await dashboard.page.click('[data-testid="session"][data-kind="manual"] button.delete');
    await dashboard.page.waitForSelector('[data-testid="session-undo-toast"]', { timeout: 15_000 });
    await dashboard.page.waitForFunction(
      () => !document.querySelector('[data-testid="session"][data-kind="manual"]'),
      { timeout: 15_000 },
    );
    await dashboard.page.click('[data-testid="session-undo-toast"] button');
    await dashboard.page.waitForSelector('[data-testid="session"][data-kind="manual"]', { timeout: 15_000 });
  });

  it('has no serious or critical axe violation on Courses, Sessions and the welcome guide, in en and zh_CN; screenshots', async () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      await chromium.extension.setSettings({ timeZone: TZ, locale, weeklyGoalMinutes: 180 });
      await dashboard.page.waitForFunction(
        (lang) => document.documentElement.lang === lang,
        { timeout: 15_000 },
        locale === 'en' ? 'en' : 'zh-CN',
      );
      for (const [view, ready] of [
        ['courses', '[data-testid="course-row"]'],
        ['sessions', '[data-testid="session"]'],
        ['welcome', '[data-testid="welcome-done"]'],
      ] as const) {
        await goTo(`#/${view}`, ready);
        expect(await axeViolations(dashboard.page, axeSource), `${view} ${locale}`).toEqual([]);
        await dashboard.page.screenshot({ path: join(OUT, `${view}-${locale}.png`), fullPage: true });
      }
    }
  });
});
