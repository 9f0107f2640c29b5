import { describe, expect, it } from 'vitest';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import { axeViolations, readAxeSource } from './harness/axe';
import { useBrowserSession } from './harness/browser-session';
import { addDays, at, shanghaiDate, TZ } from './harness/shanghai-time';
import { DashboardPage } from './pages/dashboard-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

/*
 * Settings (with a platform rule of the user's own and an allowed school portal), Data, Digest and
 * Reflections, each with seeded rows so they show content rather than empty states, checked with axe-core
 * in both languages.
 */

const COURSE = '学生心理危机识别与干预';
const TODAY = shanghaiDate(Date.now());
// Last week's Monday: the Digest view opens on last week.
const LAST_MONDAY = addDays(TODAY, -((new Date(`${TODAY}T00:00:00Z`).getUTCDay() + 6) % 7) - 7);

const session = (id: string, day: string, minutes: number): SessionRow => ({
  id,
  start: at(`${day}T09:00`),
  end: at(`${day}T09:00`) + minutes * 60_000,
  platformId: 'enaea',
  courseKey: 'enaea:course:A',
  courseTitle: COURSE,
  lessonKey: 'enaea:course:A/lesson:1',
  lessonTitle: '第一讲',
  kind: 'media',
  tabId: 7,
});
const SESSIONS = [0, 1, 2, 7, 8].map((back, i) => session(`a11y-${i}`, addDays(TODAY, -back), 30 + i * 5));
SESSIONS.push(session('a11y-last-week', addDays(LAST_MONDAY, 2), 45));

const REFLECTIONS: ReflectionRow[] = [
  {
    id: 'a11y-r1',
    createdAt: at(`${addDays(LAST_MONDAY, 2)}T10:00`),
    updatedAt: at(`${addDays(LAST_MONDAY, 2)}T10:00`),
    courseKey: 'enaea:course:A',
    courseTitle: COURSE,
    lessonTitle: '第一讲',
    topics: ['心理危机干预'],
    learned: '早期信号',
    thought: '谈话时先倾听',
    apply: '班会上介绍求助渠道',
    isCase: true,
    sessionIds: ['a11y-last-week'],
  },
];

const RULE = {
  id: 'user-a11y',
  name: '本校慕课',
  matches: ['http://127.0.0.1/platform/reading.html*'],
  lessonTitle: { selector: '[data-lesson-title]' },
  enabled: true,
};

describe('the dashboard Settings, Data, Digest and Reflections views', () => {
  const env = useBrowserSession();

  it('have no serious or critical axe violation, in en and zh_CN', async () => {
    const { chromium, server } = env;
    const axeSource = await readAxeSource();
    // The popup's first opening creates the database the rows are written into.
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.close();
    await chromium.extension.putRows({ sessions: SESSIONS, reflections: REFLECTIONS });
    const settings = {
      timeZone: TZ,
      weeklyGoalMinutes: 180,
      customRules: [RULE],
      portalOrigins: [server.origin],
    };
    const dashboard = await DashboardPage.open(chromium.browser, chromium.extension, '#/settings');
    const found: string[] = [];
    for (const locale of ['en', 'zh_CN'] as const) {
      await chromium.extension.setSettings({ ...settings, locale });
      await dashboard.page.waitForFunction(
        (lang) => document.documentElement.lang === lang,
        { timeout: 15_000 },
        locale === 'en' ? 'en' : 'zh-CN',
      );
      for (const [view, ready] of [
        ['settings', '.portal-section li.portal'],
        ['settings', 'li.rule'],
        ['data', '[data-testid="storage-state"]'],
        ['digest', 'iframe.digest-preview'],
        ['reflections', '[data-testid="reflection"]'],
      ] as const) {
        await dashboard.page.evaluate((h) => {
          location.hash = h;
        }, `#/${view}`);
        await dashboard.page.waitForSelector(ready, { timeout: 15_000 });
        found.push(...(await axeViolations(dashboard.page, axeSource)).map((v) => `${view} ${locale}: ${v}`));
      }
      // States behind a click: the case draft of a reflection and the erase confirmation.
      for (const [what, click, ready] of [
        ['case draft', '.select-case input', '[data-testid="case-draft"]'],
        ['erase confirmation', '[data-testid="erase-start"]', '[data-testid="erase-confirm"]'],
      ] as const) {
        if (what === 'erase confirmation') {
          await dashboard.page.evaluate(() => {
            location.hash = '#/data';
          });
        }
        await dashboard.page.waitForSelector(click, { timeout: 15_000 });
        if (!(await dashboard.page.$(ready))) await dashboard.page.click(click);
        await dashboard.page.waitForSelector(ready, { timeout: 15_000 });
        found.push(...(await axeViolations(dashboard.page, axeSource)).map((v) => `${what} ${locale}: ${v}`));
      }
      // The digest preview is a sandboxed frame axe cannot enter: its document is checked in a tab of its own.
      await dashboard.page.evaluate(() => {
        location.hash = '#/digest';
      });
      await dashboard.page.waitForSelector('iframe.digest-preview', { timeout: 15_000 });
      const html = await dashboard.page.$eval('iframe.digest-preview', (f) => f.getAttribute('srcdoc') ?? '');
      expect(html).toContain(COURSE);
      const preview = await chromium.browser.newPage();
      await preview.setContent(html, { waitUntil: 'load' });
      found.push(...(await axeViolations(preview, axeSource)).map((v) => `digest file ${locale}: ${v}`));
      await preview.close();
    }
    expect(found, found.join('\n')).toEqual([]);
  }, 60_000);
});
