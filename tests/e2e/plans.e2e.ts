import { mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { useBrowserSession } from './harness/browser-session';
import { unionMs } from './harness/intervals.mjs';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { rowsWhen } from './harness/recorded.mjs';
import { LessonPage } from './pages/lesson-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

/*
 * Training plans end to end in Chromium: a plan made in the dashboard's form, study on the demo lesson,
 * the new progress in the Plans view and the popup (checked against the stored rows, not the extension's
 * arithmetic), the plan section in that week's digest, and the completion record printed to PDF.
 */

const TZ = 'Asia/Shanghai';
const OUT = join(PROJECT_ROOT, 'demo-output');
// A hostile name: it must show as text everywhere, never as markup.
const PLAN_NAME = '人工智能素养提升培训 <img src=x onerror=alert(1)>';
const STUDY_MS = 20_000;

const localDay = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(ms);

describe('training plans in Chromium', () => {
  const session = useBrowserSession();
  let dashboard: Page;
  let axeSource: string;

  const trackedMs = (page: Page, selector: string) =>
    page.$eval(selector, (el) => Number(el.getAttribute('data-tracked-ms')));
  const fill = async (id: string, value: string) => {
    await dashboard.click(`#${id}`, { count: 3 });
    await dashboard.keyboard.press('Backspace');
    await dashboard.type(`#${id}`, value);
  };

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await mkdir(OUT, { recursive: true });
    const { chromium } = session;
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'zh_CN', goalUnit: 'classHours' });
    dashboard = await chromium.browser.newPage();
    await dashboard.setViewport({ width: 1000, height: 1000 });
    await dashboard.goto(chromium.extension.url('dashboard.html#/plans'), { waitUntil: 'load' });
    await dashboard.waitForSelector('[data-testid="plans-empty"]', { timeout: 15_000 });
  });

  it('refuses a deadline before the start with a message at the field, and saves nothing', async () => {
    await dashboard.click('[data-testid="plan-new"]');
    await dashboard.waitForSelector('[data-testid="plan-form"]');
    await fill('plan-name', PLAN_NAME);
    await fill('plan-required', '2');
    await fill('plan-minutes-per-hour', '10');
    await dashboard.$eval('#plan-deadline', (input) => {
      const el = input as HTMLInputElement;
      el.value = '2020-01-01';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await dashboard.click('[data-testid="plan-save"]');
    await dashboard.waitForSelector('#plan-deadline[aria-invalid="true"]');
    expect(await dashboard.$eval('#plan-deadline-error', (el) => el.textContent)).toMatch(/截止日期/);
    expect(await dashboard.evaluate(() => document.activeElement?.id)).toBe('plan-deadline');
    expect(await dashboard.$$('[data-testid="plan"]')).toHaveLength(0);
    expect(await axeViolations(dashboard, axeSource)).toEqual([]);
  });

  it('creates a plan from the form and lists it with its pace needed', async () => {
    const deadline = localDay(Date.now() + 20 * 86_400_000);
    await dashboard.$eval(
      '#plan-deadline',
      (input, value) => {
        const el = input as HTMLInputElement;
        el.value = value as string;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      deadline,
    );
    await dashboard.click('[data-testid="plan-save"]');
    await dashboard.waitForSelector('[data-testid="plan"]', { timeout: 15_000 });
    expect(await dashboard.$eval('[data-testid="plan"] h2', (el) => el.textContent)).toBe(PLAN_NAME);
    expect(await dashboard.$('[data-testid="plan"] h2 img')).toBeNull();
    expect(await dashboard.$eval('[data-testid="plan-pace"]', (el) => el.textContent)).toMatch(
      /^还需每周 [\d.]+ 学时$/,
    );
    expect(await trackedMs(dashboard, '[data-testid="plan"]')).toBe(0);
  });

  it('shows the new study in the Plans view and in the popup, as much as was stored', async () => {
    const { chromium, server } = session;
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    const rows = (await rowsWhen(
      chromium.extension,
      (r: { start: number; end: number }[]) => unionMs(r) >= STUDY_MS,
      60_000,
    )) as {
      start: number;
      end: number;
    }[];
    await lesson.pause();
    await lesson.page.close();
    const stored = unionMs(
      await rowsWhen(chromium.extension, (r: { start: number; end: number }[]) => unionMs(r) > unionMs(rows)),
    );
    expect(stored).toBeGreaterThanOrEqual(STUDY_MS);
    // The Plans view follows the database live: it shows every stored minute, all of today counting.
    await dashboard.bringToFront();
    await dashboard.waitForFunction(
      (ms) => Number(document.querySelector('[data-testid="plan"]')?.getAttribute('data-tracked-ms')) === ms,
      { timeout: 15_000 },
      stored,
    );
    await dashboard.waitForFunction(
      () =>
        document.querySelector('canvas[data-testid="plan-burn-up"]')?.getAttribute('data-chart') === 'ready',
    );
    // The percent is of the 学时 shown beside it, cut down: never "0 / 2 学时（2%）".
    const progress = (await dashboard.$eval('[data-testid="plan-progress"]', (el) => el.textContent)) ?? '';
    const [, shown, percent] = /^已记录 ([\d.]+) \/ 要求 2 学时（(\d+)%）$/.exec(progress) ?? [];
    expect(Number(percent)).toBe(Math.floor((Number(shown) / 2) * 100 + 1e-9));
    await dashboard.screenshot({ path: join(OUT, 'plans-view-zh_CN.png'), fullPage: true });
    expect(await axeViolations(dashboard, axeSource)).toEqual([]);

    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.waitForSelector('[data-testid="popup-plan"]', { timeout: 15_000 });
    expect(await trackedMs(popup.page, '[data-testid="popup-plan"]')).toBe(stored);
    expect(await popup.text('popup-plan-progress')).toContain(PLAN_NAME);
    expect(await popup.text('popup-plan-pace')).toMatch(/还需每周 [\d.]+ 学时/);
    expect(await popup.axeViolations(axeSource)).toEqual([]);
    await popup.page.screenshot({ path: join(OUT, 'popup-plan-zh_CN.png'), fullPage: true });
    await popup.page.close();
  });

  it("has the plan's section in that week's digest, the name escaped", async () => {
    const monday = await dashboard.evaluate(() => {
      const day = new Date(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.now()),
      );
      day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
      return day.toISOString().slice(0, 10);
    });
    await dashboard.evaluate((hash) => {
      location.hash = hash;
    }, `#/digest/${monday}`);
    await dashboard.waitForSelector('iframe.digest-preview', { timeout: 15_000 });
    const preview = (await dashboard.$eval('iframe.digest-preview', (el) => el.getAttribute('srcdoc'))) ?? '';
    const escaped = PLAN_NAME.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(preview).toContain('<h2>培训计划</h2>');
    expect(preview).toContain(`<article class="plan"><h3>${escaped}</h3>`);
    expect(preview).not.toContain('<img src=x');
    await dashboard.evaluate(() => {
      location.hash = '#/plans';
    });
    await dashboard.waitForSelector('[data-testid="plan"]', { timeout: 15_000 });
  });

  it('prints the completion record to PDF, the name as text', async () => {
    const { chromium } = session;
    const before = new Set(chromium.browser.targets());
    await dashboard.click('[data-testid="plan-record"]');
    const target = await chromium.browser.waitForTarget((t) => !before.has(t) && t.type() === 'page', {
      timeout: 15_000,
    });
    const record = (await target.page()) as Page;
    await record.waitForSelector('h1');
    expect(await record.$eval('h1', (el) => el.textContent)).toBe(`完成记录：${PLAN_NAME}`);
    expect(await record.$('img')).toBeNull();
    expect(await record.$eval('body', (el) => el.textContent)).toContain('时间如何计量');
    const pdf = join(OUT, 'plan-completion-record.pdf');
    await record.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect((await stat(pdf)).size).toBeGreaterThan(10_000);
    await record.close();
  });

  it("makes the popup's weekly goal the plan's pace needed when the setting says so", async () => {
    const { chromium } = session;
    const planId = await dashboard.$eval('[data-testid="plan"]', (el) => el.getAttribute('data-plan-id'));
    const tracked = await trackedMs(dashboard, '[data-testid="plan"]');
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'en', goalFollowsPlan: planId });
    // 2 学时 of 10 minutes are due in 21 days (today and the deadline included): 3 weeks.
    const expected = Math.ceil((20 * 60_000 - tracked) / 3 / 60_000);
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.waitForFunction(
      (goal) =>
        document.querySelector('[data-testid="week-progress"]')?.textContent?.endsWith(` / ${goal} min`),
      { timeout: 15_000 },
      expected,
    );
    await popup.page.close();
  });
});
