import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from './harness/chromium.mjs';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { LessonPage } from './pages/lesson-page.mjs';
import { ReflectionCard } from './pages/reflection-card.mjs';

const MIN = 60_000;
const DEMO_OUTPUT = join(PROJECT_ROOT, 'demo-output');
const REFLECTION = { enabled: true, afterMinutes: 5, maxPerDay: 20, snoozeMinutes: 1 };

/** The parts of the extension API the test calls inside the service worker. */
declare const chrome: {
  storage: {
    local: { get(key: null): Promise<Record<string, unknown>>; remove(key: string): Promise<void> };
    session: { get(key: null): Promise<Record<string, unknown>> };
  };
};

/** The extension's service worker (the harness is plain JavaScript; its type says it may be missing). */
async function workerOf(chromium: { extension: { worker(): Promise<unknown> } }) {
  const worker = (await chromium.extension.worker()) as import('puppeteer-core').WebWorker | null;
  if (!worker) throw new Error('no service worker');
  return worker;
}

type Chromium = Awaited<ReturnType<typeof launchChromium>>;
interface Row {
  id: string;
  start: number;
  end: number;
  courseKey: string;
  [field: string]: unknown;
}

/** Every row of a table, read with raw IndexedDB in the service worker. */
async function rows(chromium: Chromium, table: 'sessions' | 'reflections'): Promise<Row[]> {
  const worker = await workerOf(chromium);
  return worker.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('studytrail');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // Before its first write the extension may not have created the database: nothing yet.
          if (!open.result.objectStoreNames.contains(name)) {
            open.result.close();
            resolve([]);
            return;
          }
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    table,
  );
}

/** Polls an extension-side condition (rows written, a draft kept) until it holds. */
async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function storageLocal(chromium: Chromium): Promise<Record<string, unknown>> {
  const worker = await workerOf(chromium);
  return worker.evaluate(() => chrome.storage.local.get(null));
}

describe('the reflection card in Chromium', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let chromium: Chromium;
  let courseKey = '';
  let liveSessionId = '';

  const setLocale = (locale: 'zh_CN' | 'en') =>
    chromium.extension.setSettings({ locale, reflection: REFLECTION });

  /** Opens the demo lesson and waits until its lecture plays and is recorded. */
  async function openLesson(file = 'lesson-1.html'): Promise<{ lesson: LessonPage; card: ReflectionCard }> {
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/${file}`);
    await lesson.waitForPlaying();
    return { lesson, card: new ReflectionCard(lesson.page) };
  }

  beforeAll(async () => {
    await mkdir(DEMO_OUTPUT, { recursive: true });
    server = await startFixtureServer();
    chromium = await launchChromium();
    await setLocale('zh_CN');
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  let first: { lesson: LessonPage; card: ReflectionCard };
  let waitedMs = 0;

  it('never shows the card while the lecture plays, even with enough study since the last reflection', async () => {
    first = await openLesson();
    const [live] = await until(
      () => rows(chromium, 'sessions'),
      (all) => all.length > 0,
    );
    if (!live) throw new Error('no session');
    courseKey = live.courseKey;
    liveSessionId = live.id;
    const now = Date.now();
    await chromium.extension.putRows({
      sessions: [
        { ...live, id: 'seed-1', start: now - 40 * MIN, end: now - 35 * MIN, tabId: -1 },
        { ...live, id: 'seed-2', start: now - 30 * MIN, end: now - 20 * MIN, tabId: -1 },
      ],
    });
    // Two more heartbeats of the playing lecture, each a chance for the trigger.
    await until(
      () => rows(chromium, 'sessions'),
      (all) => (all.find((row) => row.id === liveSessionId)?.end ?? 0) >= now + 30_000,
      60_000,
    );
    expect(await first.card.isPresent()).toBe(false);
  });

  it('shows the card within the break after the lecture is paused, with focus in 学', async () => {
    await first.lesson.page.focus('header a');
    await first.lesson.pause();
    waitedMs = await first.card.waitShown().catch(async (error: unknown) => {
      // What the trigger saw, so a failure says why no card came.
      const worker = await workerOf(chromium);
      const state = await worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
      throw new Error(`${String(error)}; state: ${state}`);
    });
    // A pause is a break once it lasted 20 s; the next check comes at once (a timer in the worker).
    expect(waitedMs).toBeGreaterThanOrEqual(19_000);
    expect(waitedMs).toBeLessThan(40_000);
    expect(await first.card.focused()).toBe('st-card-learned');
    await first.card.screenshot(join(DEMO_OUTPUT, 'reflection-card-zh_CN.png'));
    console.log(`reflection card shown ${waitedMs} ms after the pause`);
  });

  it('is filled and saved by keyboard only; the row has the course sessions and text stays text', async () => {
    const { page } = first.lesson;
    const learned = '<img src=x onerror="window.__pwned=1">先倾听，再判断';
    await page.keyboard.type(learned);
    await page.keyboard.press('Tab');
    await page.keyboard.type('和班会的做法相通');
    await page.keyboard.press('Tab');
    await page.keyboard.type('下周的谈心谈话先用这个提纲');
    await page.keyboard.press('Tab');
    expect(await first.card.focused()).toBe('st-card-topic');
    await page.keyboard.type('心理危机');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the first suggestion: the course title
    expect(await first.card.focused()).toBe('st-card-topic');
    await first.card.tabTo('input:radio');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await first.card.tabTo('button:submit');
    await page.keyboard.press('Enter');
    await first.card.waitGone();
    const [row] = await until(
      () => rows(chromium, 'reflections'),
      (all) => all.length === 1,
    );
    expect(row).toMatchObject({
      courseKey,
      learned,
      thought: '和班会的做法相通',
      apply: '下周的谈心谈话先用这个提纲',
      rating: 4,
      isCase: true,
      courseTitle: '高校辅导员心理育人能力提升',
    });
    expect(row?.topics).toEqual(['心理危机', '高校辅导员心理育人能力提升']);
    expect(row?.sessionIds).toEqual(expect.arrayContaining(['seed-1', 'seed-2', liveSessionId]));
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // Focus went back where it was before the card.
    expect(await page.evaluate(() => document.activeElement?.matches('header a'))).toBe(true);
  });

  it('shows this week\u2019s reflection in the popup and opens the same form there (zh_CN and en)', async () => {
    const popup = await chromium.browser.newPage();
    await popup.setViewport({ width: 380, height: 760 });
    await popup.goto(chromium.extension.url('popup.html'), { waitUntil: 'load' });
    await popup.waitForSelector('.reflect-count');
    expect(await popup.$eval('.reflect-count', (el) => el.textContent)).toContain('本周小结：1 篇');
    expect(await popup.$eval('.reflect-count', (el) => el.textContent)).toContain('<img');
    await openPopupForm(popup);
    expect(await popup.$eval('#reflect-now-title', (el) => el.textContent)).toContain(
      '第一讲 大学生心理危机的早期识别',
    );
    await popup.screenshot({ path: join(DEMO_OUTPUT, 'reflection-popup-zh_CN.png'), fullPage: true });
    await setLocale('en');
    await popup.click('.reflect-back');
    await popup.waitForFunction(() => document.querySelector('.reflect-open')?.textContent === 'Reflect now');
    await openPopupForm(popup);
    expect(await popup.$eval('label[for="popup-learned"]', (el) => el.textContent)).toContain('Learn');
    await popup.screenshot({ path: join(DEMO_OUTPUT, 'reflection-popup-en.png'), fullPage: true });
    await popup.close();
  });

  it('offers a draft again on return after the tab with the card was closed', async () => {
    await first.lesson.page.close();
    // A fresh start for the course: without its reflection, its study counts again.
    const worker = await workerOf(chromium);
    await worker.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('studytrail');
          open.onsuccess = () => {
            const tx = open.result.transaction('reflections', 'readwrite');
            tx.objectStore('reflections').clear();
            tx.oncomplete = () => resolve(open.result.close());
          };
        }),
    );
    const second = await openLesson();
    await second.lesson.pause();
    await second.card.waitShown();
    await second.card.screenshot(join(DEMO_OUTPUT, 'reflection-card-en.png'));
    await second.lesson.page.keyboard.type('Draft: listen first');
    await until(
      () => storageLocal(chromium),
      (all) =>
        Object.entries(all).some(
          ([key, value]) =>
            key.startsWith('reflectionDraft:') &&
            (value as { learned?: string }).learned === 'Draft: listen first',
        ),
    );
    await second.lesson.page.close();
    const third = await openLesson();
    await third.lesson.pause();
    await third.card.waitShown();
    expect(await third.card.value('st-card-learned')).toBe('Draft: listen first');
    expect(await third.card.text('.st-status')).toBe('Your unsaved draft is back.');
    // Esc closes the card and keeps the draft.
    await third.lesson.page.keyboard.press('Escape');
    await third.card.waitGone();
    const stored = await storageLocal(chromium);
    expect(stored[`reflectionDraft:${courseKey}`]).toMatchObject({ learned: 'Draft: listen first' });
    await third.lesson.page.close();
  });

  it('shows the card intact, on top and in its own fonts on a page with hostile CSS', async () => {
    // "Later" from the Esc above snoozes the course: forget it for this page.
    const worker = await workerOf(chromium);
    await worker.evaluate(() => chrome.storage.local.remove('reflectionPrompt'));
    await setLocale('zh_CN');
    const hostile = await openLesson('hostile-css-lesson.html');
    await hostile.lesson.pause();
    await hostile.card.waitShown();
    const layout = await hostile.card.layout();
    expect(layout).not.toBeNull();
    if (!layout) return;
    expect(layout.visible).toBe(true);
    expect(layout.hostOnTop).toBe(true);
    expect(layout.textareaFont).toBe('14px');
    expect(layout.headingFont).toBe('16px');
    expect(layout.cardBackground).toBe('rgb(255, 255, 255)');
    expect(layout.rect.width).toBeLessThanOrEqual(381);
    expect(layout.rect.width).toBeGreaterThan(300);
    expect(layout.rect.right).toBeLessThanOrEqual(layout.viewport.width);
    expect(layout.rect.bottom).toBeLessThanOrEqual(layout.viewport.height);
    expect(layout.rect.right).toBeGreaterThan(layout.viewport.width - 40);
    expect(await hostile.card.focused()).toBe('st-card-learned');
    await hostile.lesson.page.screenshot({ path: join(DEMO_OUTPUT, 'reflection-card-hostile-css.png') });
  });
});

async function openPopupForm(popup: Page) {
  await popup.focus('.reflect-open');
  await popup.keyboard.press('Enter');
  await popup.waitForSelector('#popup-learned');
}
