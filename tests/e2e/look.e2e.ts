import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '@/entrypoints/dashboard/route';
import { axeContrast, axeViolations, readAxeSource } from './harness/axe';
import { useBrowserSession } from './harness/browser-session';
import { datePickerWraps, gluedLabels, overflowX } from './harness/layout-checks';
import { putPlan, seedReflections, seedSessions } from './harness/look-seed';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { TZ } from './harness/shanghai-time';
import { PopupPage } from './pages/popup-page.mjs';

/*
 * How the extension looks: the popup and every dashboard view (as route.ts lists them, so new views are
 * included) in zh_CN, light and dark, at 1280 × 800 and 800 × 600, saved to demo-output/look/; axe-core
 * (colour contrast included) in both schemes; the digest preview at a readable size; layout at 200 % zoom.
 */

const OUT = join(PROJECT_ROOT, 'demo-output', 'look');
const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;
const LOADING = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'public/_locales/zh_CN/messages.json'), 'utf8')) as {
    loading: { message: string };
  }
).loading.message;
/** Waits until a view shows its content (no loading line left) and its fonts are in. */
async function waitForView(page: Page, view: string) {
  await page
    .waitForFunction(
      (v, loading) => {
        const main = document.querySelector('main');
        if (!main || location.hash.split('/')[1] !== v) return false;
        const busy = [...main.querySelectorAll('[role="status"]')].some((el) => el.textContent === loading);
        if (busy) return false;
        if (v === 'digest') return Boolean(main.querySelector('iframe.digest-preview'));
        return Boolean(main.querySelector('section, form, table, ul, canvas'));
      },
      { timeout: 15_000 },
      view,
      LOADING,
    )
    .catch(async (error: unknown) => {
      const seen = await page.evaluate(
        () => `${location.hash}: ${document.querySelector('main')?.textContent?.slice(-300)}`,
      );
      throw new Error(`The ${view} view did not show (${seen})`, { cause: error });
    });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const show = (page: Page, view: string) =>
  page.evaluate((h) => {
    location.hash = h;
  }, `#/${view}`);

describe('the look of the popup and the dashboard', () => {
  const env = useBrowserSession();

  let page: Page;
  let axeSource: string;
  beforeAll(async () => {
    const { chromium, server } = env;
    await mkdir(OUT, { recursive: true });
    axeSource = await readAxeSource();
    // The popup's first opening creates the database the rows are written into.
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    page = popup.page;
    await chromium.extension.putRows({ sessions: seedSessions(), reflections: seedReflections() });
    await putPlan(chromium.extension);
    await chromium.extension.setSettings({
      organisesTraining: true,
      locale: 'zh_CN',
      timeZone: TZ,
      weeklyGoalMinutes: 300,
      portalOrigins: [server.origin],
      customRules: [
        {
          id: 'user-look',
          name: '本校慕课',
          matches: ['http://127.0.0.1/platform/reading.html*'],
          lessonTitle: { selector: '[data-lesson-title]' },
          enabled: true,
        },
      ],
    });
  });

  const openDashboard = async () => {
    if (!page.url().includes('dashboard.html'))
      await page.goto(env.chromium.extension.url('dashboard.html#/week'), { waitUntil: 'load' });
  };

  it('screenshots every view in zh_CN, light and dark, at two sizes, with no axe violation and no sideways scroll', async () => {
    const found: string[] = [];
    const overflow: string[] = [];
    const glued: string[] = [];
    const contrast: Record<string, { passed: number; undecided: number }> = {};

    // The popup at its real size: its own width (Chrome sizes a popup to its content, at most 800 × 600).
    const pp = page;
    await pp.setViewport({ width: 800, height: 600 });
    await pp.goto(env.chromium.extension.url('popup.html'), { waitUntil: 'load' });
    await pp.waitForSelector('[data-testid="today-minutes"]', { timeout: 15_000 });
    const popupWidth = await pp.evaluate(() => Math.ceil(document.body.getBoundingClientRect().width));
    expect(popupWidth).toBe(360);
    await pp.setViewport({ width: popupWidth, height: 600 });
    for (const scheme of SCHEMES) {
      await pp.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await pp.evaluate(() => document.fonts.ready.then(() => undefined));
      await pp.screenshot({ path: join(OUT, `popup-${scheme}.png`), fullPage: true });
      found.push(...(await axeViolations(pp, axeSource)).map((v) => `popup ${scheme}: ${v}`));
    }
    expect(await overflowX(pp), 'the popup scrolls sideways').toBeLessThanOrEqual(0);

    // Every dashboard view, in one tab, by hash.
    await page.goto(env.chromium.extension.url('dashboard.html#/week'), { waitUntil: 'load' });
    const views = [...VIEWS, 'welcome'];
    for (const scheme of SCHEMES) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const size of SIZES) {
        await page.setViewport(size);
        for (const view of views) {
          await show(page, view);
          await waitForView(page, view);
          await page.screenshot({ path: join(OUT, `${view}-${scheme}-${size.width}.png`) });
          if ((await overflowX(page)) > 0) overflow.push(`${view} ${scheme} ${size.width}`);
          if (scheme === 'light') {
            glued.push(...(await gluedLabels(page)).map((label) => `${view} ${size.width}: ${label}`));
            if (await datePickerWraps(page)) glued.push(`${view} ${size.width}: the date field wraps`);
          }
          if (size.width === 1280) {
            found.push(...(await axeViolations(page, axeSource)).map((v) => `${view} ${scheme}: ${v}`));
            const contrastSeen = await axeContrast(page, axeSource);
            contrast[`${view}-${scheme}`] = {
              passed: contrastSeen.passed,
              undecided: contrastSeen.undecided.length,
            };
            // The contrast rule really ran on this view's text (no violation is not "nothing checked").
            if (contrastSeen.passed === 0) found.push(`${view} ${scheme}: color-contrast checked no text`);
          }
        }
      }
    }
    // Forms behind a click or below the fold, scrolled into view: a rule of one's own, a reflection being
    // edited, a manual entry.
    await page.setViewport({ width: 1280, height: 800 });
    const forms = [
      ['settings', '.rules > button.primary', '.rule-form', 'settings-rule-form'],
      ['reflections', '.reflection button.edit', '.reflection-edit', 'reflections-edit-form'],
      ['sessions', null, '[data-testid$="-form"].manual-form', 'sessions-manual-form'],
    ] as const;
    for (const scheme of SCHEMES) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const [view, click, ready, name] of forms) {
        await show(page, view);
        await waitForView(page, view);
        if (click && !(await page.$(ready))) await page.click(click);
        const form = await page.waitForSelector(ready, { timeout: 15_000 });
        await form?.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.screenshot({ path: join(OUT, `${name}-${scheme}-1280.png`) });
        found.push(...(await axeViolations(page, axeSource)).map((v) => `${name} ${scheme}: ${v}`));
        glued.push(...(await gluedLabels(page)).map((label) => `${name}: ${label}`));
      }
    }
    // 200 % zoom of a 1280 px window: a 640 px wide layout viewport.
    await page.setViewport({ width: 640, height: 800, deviceScaleFactor: 2 });
    for (const view of views) {
      await show(page, view);
      await waitForView(page, view);
      if ((await overflowX(page)) > 0) overflow.push(`${view} at 200 %`);
    }
    await page.setViewport({ width: 1600, height: 900, deviceScaleFactor: 1 });
    for (const view of views) {
      await show(page, view);
      await waitForView(page, view);
      if ((await overflowX(page)) > 0) overflow.push(`${view} 1600`);
    }
    await writeFile(join(OUT, 'contrast.json'), `${JSON.stringify(contrast, null, 2)}\n`);
    expect(found, found.join('\n')).toEqual([]);
    expect(glued, `form fields glued to their labels:\n${glued.join('\n')}`).toEqual([]);
    expect(overflow, `views that scroll sideways: ${overflow.join(', ')}`).toEqual([]);
  }, 300_000);

  it('shows the digest preview at least 600 px wide and a whole A4 page (or the whole document) tall', async () => {
    await openDashboard();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    for (const size of SIZES) {
      await page.setViewport(size);
      await show(page, 'digest');
      await waitForView(page, 'digest');
      const box = await page.$eval('iframe.digest-preview', (frame) => {
        const rect = frame.getBoundingClientRect();
        return { width: rect.width, height: rect.height };
      });
      // The sheet itself, for the eye: the whole first page in view.
      await page.$eval('.digest-paper', (el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(OUT, `digest-preview-light-${size.width}.png`) });
      // The document's own height at that width, measured in a tab of its own.
      const html = await page.$eval('iframe.digest-preview', (f) => f.getAttribute('srcdoc') ?? '');
      const measure = await env.chromium.browser.newPage();
      await measure.setViewport({ width: Math.round(box.width), height: 800 });
      await measure.setContent(html, { waitUntil: 'load' });
      const documentHeight = await measure.evaluate(() => document.documentElement.scrollHeight);
      await measure.close();
      expect(box.width, `preview width at ${size.width}`).toBeGreaterThanOrEqual(600);
      expect(box.height, `preview height at ${size.width}`).toBeGreaterThanOrEqual(
        Math.min(800, documentHeight),
      );
    }
  });

  it('draws no ring on the heading a navigation focuses, and a ring on a control the keyboard reaches', async () => {
    await openDashboard();
    await page.setViewport({ width: 1280, height: 800 });
    // Focus moves in an effect after the view renders: wait for it rather than for time.
    const headingFocused = () =>
      page.waitForFunction(() => document.activeElement?.id === 'view-heading', { timeout: 15_000 });
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return { id: active.id, tag: active.tagName, outline: getComputedStyle(active).outlineStyle };
      });
    // Moved without a click in the page (the browser's back button, a reminder's link to an open tab).
    await show(page, 'week');
    await waitForView(page, 'week');
    await show(page, 'year');
    await waitForView(page, 'year');
    await headingFocused();
    expect(await focused()).toMatchObject({ id: 'view-heading', outline: 'none' });
    // A mouse click on the navigation.
    await page.click('nav a[href="#/settings"]');
    await waitForView(page, 'settings');
    await headingFocused();
    expect(await focused()).toMatchObject({ id: 'view-heading', outline: 'none' });
    await page.keyboard.press('Tab');
    const control = await focused();
    expect(control.tag).not.toBe('BODY');
    expect(control.outline).toBe('solid');
  });
});
