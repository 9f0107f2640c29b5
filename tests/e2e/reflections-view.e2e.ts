import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { launchChromium } from './harness/chromium.mjs';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { DashboardPage } from './pages/dashboard-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

const TZ = 'Asia/Shanghai';
const HOSTILE = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
const NOW = Date.now();

const row = (id: string, createdAt: number, change: Partial<ReflectionRow> = {}): ReflectionRow => ({
  id,
  createdAt,
  updatedAt: createdAt,
  courseKey: 'demo:course:1',
  courseTitle: '辅导员谈心谈话能力提升',
  lessonTitle: '第一讲 倾听与共情',
  topics: [],
  learned: '先倾听，再回应。',
  thought: '',
  apply: '',
  isCase: false,
  sessionIds: [],
  ...change,
});

const REFLECTIONS: ReflectionRow[] = [
  // Monday 2026-04-13 00:30 in Shanghai (Sunday 16:30 UTC): the first minute of that week there.
  row('e2e-mon', Date.UTC(2026, 3, 12, 16, 30), {
    courseKey: 'demo:course:ethics',
    courseTitle: '人工智能伦理与学生隐私保护',
    topics: ['隐私'],
    learned: '数据最小化原则',
    thought: '心理普查收集过多',
    apply: '只做匿名汇总',
    isCase: true,
  }),
  row('e2e-wed', Date.UTC(2026, 3, 15, 2, 0), { topics: ['舆情'], learned: `先看情绪再看事实 ${HOSTILE}` }),
  // Sunday 2026-04-12 23:59 in Shanghai: the week before.
  row('e2e-prev', Date.UTC(2026, 3, 12, 15, 59), { learned: '上周的要点', apply: '班会上试一试' }),
  row('e2e-now', NOW - 1000, { learned: '本周刚写的反思', topics: ['舆情'] }),
];

describe('the dashboard Reflections view', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let dashboard: DashboardPage;
  let downloads: string;

  async function storedIds(): Promise<string[]> {
    const worker = await chromium.extension.worker();
    if (!worker) throw new Error('No service worker');
    return worker.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('studytrail');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('reflections').objectStore('reflections').getAllKeys();
            request.onsuccess = () => {
              open.result.close();
              resolve((request.result as string[]).sort());
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }

  /** Waits until the list shows exactly these reflections, in this order. */
  const waitForList = (ids: string[]) =>
    dashboard.page.waitForFunction(
      (expected) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid="reflection"]')].map((item) =>
            (item.getAttribute('aria-labelledby') ?? '').replace('reflection-', ''),
          ),
        ) === expected,
      { timeout: 15_000 },
      JSON.stringify(ids),
    );

  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), 'studytrail-cases-'));
    chromium = await launchChromium();
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'en' });
    // The background creates the database on start; the popup opening makes sure it is up.
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.close();
    await chromium.extension.putRows({ reflections: REFLECTIONS });
    dashboard = await DashboardPage.open(chromium.browser, chromium.extension, '#/reflections');
    await dashboard.page.waitForSelector('[data-testid="reflection"]', { timeout: 15_000 });
    await dashboard.allowDownloads(downloads);
  });
  afterAll(async () => {
    await chromium?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it('lists the seeded reflections by ISO week in the time zone, newest first, typed markup shown as text', async () => {
    await waitForList(['e2e-now', 'e2e-wed', 'e2e-mon', 'e2e-prev']);
    const weeks = await dashboard.page.$$eval('section.week', (sections) =>
      sections.map((s) => [
        s.getAttribute('data-week'),
        s.querySelector('[data-testid="week-count"]')?.textContent,
      ]),
    );
    expect(weeks.slice(1)).toEqual([
      ['2026-04-13', 'Reflections: 2'],
      ['2026-04-06', 'Reflections: 1'],
    ]);
    expect(await dashboard.page.$('main img, main script')).toBeNull();
    expect(
      await dashboard.page.evaluate(() => (window as unknown as { hacked?: number }).hacked),
    ).toBeUndefined();
    const learned = await dashboard.page.$eval(
      '[aria-labelledby="reflection-e2e-wed"] [data-field="learned"]',
      (el) => el.textContent,
    );
    expect(learned).toContain(HOSTILE);
  });

  it('shows the same count for this week as the popup', async () => {
    const viewCount = await dashboard.page.$eval(
      'section.week [data-testid="week-count"]',
      (el) => el.textContent,
    );
    expect(viewCount).toBe('Reflections: 1');
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.waitForSelector('.reflect-count', { timeout: 15_000 });
    const popupText = await popup.page.$eval('.reflect-count', (el) => el.textContent ?? '');
    await popup.page.close();
    expect(popupText).toMatch(/^Reflections this week: 1\b/);
  });

  it('searches and filters', async () => {
    await dashboard.page.type('#reflections-search', '匿名');
    await waitForList(['e2e-mon']);
    await dashboard.page.click('button.clear-filters');
    await waitForList(['e2e-now', 'e2e-wed', 'e2e-mon', 'e2e-prev']);
    await dashboard.page.select('#reflections-topic', '舆情');
    await waitForList(['e2e-now', 'e2e-wed']);
    await dashboard.page.click('button.clear-filters');
    await dashboard.page.click('#reflections-case-only');
    await waitForList(['e2e-mon']);
    await dashboard.page.click('button.clear-filters');
    await waitForList(['e2e-now', 'e2e-wed', 'e2e-mon', 'e2e-prev']);
  });

  it('deletes a reflection from the database and puts it back on Undo', async () => {
    await dashboard.page.click('[aria-labelledby="reflection-e2e-prev"] button.delete');
    await waitForList(['e2e-now', 'e2e-wed', 'e2e-mon']);
    expect(await storedIds()).toEqual(['e2e-mon', 'e2e-now', 'e2e-wed']);
    // Focus moved to Undo, so the keyboard takes it back at once.
    await dashboard.page.waitForFunction(() => document.activeElement?.textContent === 'Undo', {
      timeout: 5000,
    });
    await dashboard.page.keyboard.press('Enter');
    await waitForList(['e2e-now', 'e2e-wed', 'e2e-mon', 'e2e-prev']);
    expect(await storedIds()).toEqual(['e2e-mon', 'e2e-now', 'e2e-prev', 'e2e-wed']);
    expect(await dashboard.page.$('[data-testid="undo-toast"]')).toBeNull();
  });

  it('drafts a case and downloads it as a valid .docx with the typed text', async () => {
    await dashboard.page.click('[aria-labelledby="reflection-e2e-mon"] .select-case input');
    await dashboard.page.waitForSelector('[data-testid="case-draft"]');
    await dashboard.page.type('#case-e2e-mon-ai-tool', 'Kimi <b>bold</b>');
    await dashboard.page.type('#case-e2e-mon-outcome', '普查表从 40 项减到 18 项');
    const [path] = await dashboard.downloadsFrom('button[data-format="docx"]');
    expect(path).toMatch(/studytrail-case-2026-04-13-隐私\.docx$/);
    const zip = await JSZip.loadAsync(await readFile(path as string));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('数据最小化原则');
    expect(xml).toContain('普查表从 40 项减到 18 项');
    expect(xml).toContain('Kimi &lt;b&gt;bold&lt;/b&gt;');
    expect(await zip.file('[Content_Types].xml')?.async('string')).toContain('wordprocessingml');
    await mkdir(join(PROJECT_ROOT, 'demo-output'), { recursive: true });
    await dashboard.screenshot(join(PROJECT_ROOT, 'demo-output', 'reflections-case-draft-en.png'));
  });

  it('saves screenshots of the view in English and Chinese', async () => {
    const out = join(PROJECT_ROOT, 'demo-output');
    await mkdir(out, { recursive: true });
    await dashboard.page.click('[aria-labelledby="reflection-e2e-mon"] .select-case input');
    await dashboard.page.waitForFunction(() => !document.querySelector('[data-testid="case-draft"]'));
    await dashboard.screenshot(join(out, 'reflections-view-en.png'));
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'zh_CN' });
    await dashboard.page.waitForFunction(() => document.documentElement.lang === 'zh-CN', {
      timeout: 15_000,
    });
    await dashboard.page.waitForSelector('[data-testid="reflection"]');
    expect(await dashboard.page.$eval('#view-heading', (el) => el.textContent)).toBe('反思');
    await dashboard.screenshot(join(out, 'reflections-view-zh_CN.png'));
  });
});
