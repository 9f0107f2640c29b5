import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import { launchChromium } from './harness/chromium.mjs';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { addDays, at, shanghaiDate, TZ } from './harness/shanghai-time';
import { PopupPage } from './pages/popup-page.mjs';

/*
 * The stores' pictures, made from the demo build with a seeded week: screenshots at 1280 × 800 (the size the
 * Chrome Web Store, Edge Add-ons and AMO accept), the 440 × 280 promotional tile from docs/store/promo-tile.html,
 * and the pictures of the install guide (docs/install.zh-CN.md).
 */
/** chrome://extensions' own API, which switches developer mode on as its toggle does. */
declare const chrome: {
  developerPrivate: { updateProfileConfiguration(config: { inDeveloperMode: boolean }): Promise<void> };
};

const STORE = join(PROJECT_ROOT, 'docs/store');
const SHOTS = join(STORE, 'screenshots');

/** Width and height of a PNG, from its IHDR chunk. */
async function pngSize(path: string) {
  const bytes = await readFile(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const TODAY = shanghaiDate(Date.now());
const monday = addDays(TODAY, -((new Date(`${TODAY}T00:00:00Z`).getUTCDay() + 6) % 7));
const COURSES = [
  ['enaea:course:crisis', '学生心理危机识别与干预', '第三讲 早期预警信号'],
  ['enaea:course:online', '网络思政工作方法与案例', '第二讲 班级群的沟通'],
  ['smartedu:course:career', '大学生职业生涯规划指导', '第五讲 个体咨询技术'],
] as const;
let id = 0;
function session(date: string, time: string, minutes: number, course: number): SessionRow {
  const [courseKey, courseTitle, lessonTitle] = COURSES[course] as (typeof COURSES)[number];
  id += 1;
  const start = at(`${date}T${time}`);
  return {
    id: `store-${id}`,
    start,
    end: start + minutes * 60_000,
    platformId: courseKey.split(':')[0] as string,
    courseKey,
    courseTitle,
    lessonKey: `${courseKey}/lesson`,
    lessonTitle,
    kind: 'media',
    tabId: 3,
  };
}
// This week up to today and all of last week: a believable few hours a week, in short sittings.
const SESSIONS: SessionRow[] = Array.from({ length: 14 }, (_, i) => addDays(monday, i - 7))
  .filter((date) => date <= TODAY)
  .flatMap((date, i) => [
    session(date, '12:30', 20 + (i % 3) * 10, i % 3),
    session(date, '20:10', 15 + (i % 4) * 5, (i + 1) % 3),
  ]);
const REFLECTIONS: ReflectionRow[] = [
  {
    id: 'store-r1',
    createdAt: at(`${monday}T13:10`),
    updatedAt: at(`${monday}T13:10`),
    courseKey: COURSES[0][0],
    courseTitle: COURSES[0][1],
    lessonTitle: COURSES[0][2],
    topics: ['心理危机干预'],
    learned: '识别危机的早期信号：作息突变、社交退缩、言语中的绝望感。',
    thought: '很多信号在宿舍和班级群里最先出现。',
    apply: '请班干部留意并及时告诉我，约谈时先倾听。',
    rating: 5,
    isCase: false,
    sessionIds: [],
  },
];

describe('store and install-guide pictures', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    chromium = await launchChromium();
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'zh_CN', weeklyGoalMinutes: 180 });
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.close();
    await chromium.extension.putRows({ sessions: SESSIONS, reflections: REFLECTIONS });
  });
  afterAll(async () => {
    await chromium?.close();
  });

  /** Opens an extension page at 1280 × 800, waits for `ready`, saves the screenshot and returns its size. */
  async function shoot(path: string, ready: string, file: string) {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(chromium.extension.url(path), { waitUntil: 'load' });
    await page.waitForSelector(ready, { timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, file) });
    await page.close();
    return pngSize(join(SHOTS, file));
  }

  it.each([
    [
      `dashboard.html#/week/${addDays(monday, -7)}`,
      '[data-testid="week-view"] canvas[data-chart="ready"]',
      'store-1-week-zh_CN.png',
    ],
    ['dashboard.html#/digest', '[data-testid="digest-week"]', 'store-2-digest-zh_CN.png'],
    ['dashboard.html#/reflections', 'main section', 'store-3-reflections-zh_CN.png'],
    ['privacy.html', '[data-testid="privacy-erase"]', 'store-4-privacy-zh_CN.png'],
  ])('%s at 1280 × 800', async (path, ready, file) => {
    expect(await shoot(path, ready, file)).toEqual({ width: 1280, height: 800 });
  });

  it('the promotional tile at 440 × 280', async () => {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 440, height: 280 });
    await page.goto(pathToFileURL(join(STORE, 'promo-tile.html')).href, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      [...document.images].every((image) => image.complete && image.naturalWidth > 0),
    );
    await page.screenshot({ path: join(STORE, 'promo-tile-440x280.png') });
    await page.close();
    expect(await pngSize(join(STORE, 'promo-tile-440x280.png'))).toEqual({ width: 440, height: 280 });
  });

  it('the install guide: the extensions page with developer mode on and StudyTrail loaded, and the popup', async () => {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto('chrome://extensions', { waitUntil: 'load' });
    await page.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
    // The card of the loaded extension shows its id once developer mode is on.
    const extensionId = chromium.extension.id;
    await page.waitForFunction(
      (wanted) => {
        const manager = document.querySelector('extensions-manager')?.shadowRoot;
        const list = manager?.querySelector('extensions-item-list')?.shadowRoot;
        const card = list?.querySelector(`extensions-item#${wanted}`)?.shadowRoot;
        return Boolean(card?.textContent?.includes(wanted));
      },
      { timeout: 15_000 },
      extensionId,
    );
    await page.screenshot({ path: join(SHOTS, 'install-extensions-page.png') });
    await page.close();
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.screenshot(join(SHOTS, 'install-popup.png'));
    expect(await pngSize(join(SHOTS, 'install-extensions-page.png'))).toEqual({ width: 1280, height: 800 });
    expect((await pngSize(join(SHOTS, 'install-popup.png'))).width).toBe(360);
  });
});
