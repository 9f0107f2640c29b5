import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { snapshotSchema } from '@/storage/schemas/snapshot';
import { useBrowserSession } from './harness/browser-session';
import { DashboardPage } from './pages/dashboard-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';
import { WidgetPage } from './pages/widget-page.mjs';

/**
 * The portal bridge in the demo build (docs/architecture.md sections 5 and 7). The fixture server answers on
 * 127.0.0.1 and on localhost: the same server, two origins. 127.0.0.1 is the portal the learner allows
 * in the dashboard, localhost one they never allowed. The demo portal's page with the real widget
 * (tests/fixtures/portal/extension.html, widget built by `npm run build:widget`) shows what a learner
 * sees; a probe page (tests/fixtures/portal-bridge/) asks the way the widget does and records every
 * answer, for what the widget cannot show: ids, forged requests, the rate limit.
 */
const env = useBrowserSession();

const MIN = 60_000;
/** The widget's wait for an answer (storage/schemas/bridge.ts): silence for this long means "not connected". */
const ANSWER_WAIT_MS = 1500;
const REFLECTION_TEXT = 'SECRET-REFLECTION-学到的内容';
const URL_IN_TITLE = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1&token=abc123';

type Answer = { type: string; id: string; reason?: string; snapshot?: { weekMinutes: number } } | null;
type ProbeWindow = Window & {
  askBridge(id: string, timeoutMs: number): Promise<Answer>;
  firstAnswer: Promise<Answer>;
  bridgeAnswers: { id: string }[];
};

const allowed = () => env.server.origin;
const notAllowed = () => env.server.origin.replace('127.0.0.1', 'localhost');
const portalPage = async (origin: string) => {
  const page = await env.chromium.browser.newPage();
  await page.goto(`${origin}/portal-bridge/index.html`, { waitUntil: 'load' });
  return page;
};
type Page = Awaited<ReturnType<typeof portalPage>>;
const ask = (page: Page, id: string) =>
  page.evaluate(
    (requestId, wait) => (window as unknown as ProbeWindow).askBridge(requestId, wait),
    id,
    ANSWER_WAIT_MS,
  );
const firstAnswer = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).firstAnswer);
const widgetPage = (origin: string) =>
  WidgetPage.open(env.chromium.browser, `${origin}/portal/extension.html`);

type StoredSettings = { portalOrigins: string[]; portalSharingOff: string[] };
/** The extension's API inside its service worker (evaluated there, never in Node). */
declare const chrome: { storage: { local: { get(key: string): Promise<{ settings: StoredSettings }> } } };

async function storedSettings(): Promise<StoredSettings> {
  const worker = await env.chromium.extension.worker();
  if (!worker) throw new Error('No service worker');
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}
async function bridgeMatches(): Promise<string[] | undefined> {
  const scripts = (await env.chromium.extension.registeredScripts()) as { id: string; matches: string[] }[];
  return scripts.find((script) => script.id === 'portal-bridge')?.matches;
}

/** This week's study in the extension's database: 45 minutes as two overlapping sessions, and a reflection. */
async function seedStudy(): Promise<number> {
  const popup = await PopupPage.open(env.chromium.browser, env.chromium.extension); // opens the database
  await popup.page.close();
  const now = Date.now();
  const monday = new Date(now);
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  // Whole minutes inside this week, so the popup's and the digest's rounding cannot differ.
  const minutes = Math.min(45, Math.floor((now - monday.getTime()) / MIN) - 1);
  const end = now - 1000;
  const start = end - minutes * MIN;
  const session = (id: string, from: number, to: number, tabId: number) => ({
    id,
    start: from,
    end: to,
    platformId: 'enaea',
    courseKey: 'https://study.enaea.edu.cn/course?courseId=1',
    courseTitle: `思政课程 ${URL_IN_TITLE}`,
    lessonKey: URL_IN_TITLE,
    lessonTitle: '第一讲',
    kind: 'media',
    tabId,
  });
  await env.chromium.extension.putRows({
    sessions: [
      session('portal-a', start, start + (minutes * MIN) / 2, 1),
      session('portal-b', start + 10_000, end, 2),
    ],
    reflections: [
      {
        id: 'portal-r',
        createdAt: end,
        updatedAt: end,
        courseKey: 'https://study.enaea.edu.cn/course?courseId=1',
        courseTitle: '思政课程',
        lessonTitle: '第一讲',
        topics: ['谈心谈话'],
        learned: REFLECTION_TEXT,
        thought: REFLECTION_TEXT,
        apply: REFLECTION_TEXT,
        isCase: false,
        sessionIds: ['portal-a'],
      },
    ],
  });
  return minutes;
}

describe('the portal bridge', () => {
  let dashboard: DashboardPage;
  let seededMinutes = 0;

  it('the dashboard allows a portal: its permission is asked and the bridge is registered there only', async () => {
    seededMinutes = await seedStudy();
    dashboard = await DashboardPage.open(env.chromium.browser, env.chromium.extension);
    const page = dashboard.page;
    await page.click('#share-level-topics');
    await page.type('#portal-origin', `${allowed()}/portal-bridge/index.html`);
    await page.click('form.portal-form button[type="submit"]');
    await page.waitForFunction(
      (origin) => document.querySelector('.portal-section [role="status"]')?.textContent?.includes(origin),
      {},
      allowed(),
    );
    expect((await storedSettings()).portalOrigins).toEqual([allowed()]);
    await vi.waitFor(async () => expect(await bridgeMatches()).toEqual(['http://127.0.0.1/*']), {
      timeout: 10_000,
    });
  });

  it('on the allowed portal the page gets this week’s snapshot with the popup’s minutes, and no URL or reflection text', async () => {
    const page = await portalPage(allowed());
    const answer = await firstAnswer(page);
    expect(answer).toMatchObject({ ns: 'studytrail', v: 1, type: 'snapshot', id: 'first-at-load' });
    const popup = await PopupPage.open(env.chromium.browser, env.chromium.extension);
    const popupWeek = Number(/\d+/.exec(await popup.text('week-progress'))?.[0]);
    await popup.page.close();
    expect(popupWeek).toBe(seededMinutes);
    expect(answer?.snapshot?.weekMinutes).toBe(popupWeek);
    const text = JSON.stringify(answer);
    expect(text).toContain('谈心谈话'); // share level 'topics': topics and course titles are shared
    expect(text).not.toMatch(/https?:|token=|enaea\.edu\.cn/);
    expect(text).not.toContain('SECRET-REFLECTION');
    await page.close();

    const widget = await widgetPage(allowed());
    await widget.waitForState('ready');
    expect(await widget.text()).toContain(`${popupWeek} / 180 分钟`);
    await widget.page.close();
  });

  it('the dashboard saves the same snapshot as a JSON file for portals that host files', async () => {
    const downloads = await mkdtemp(join(tmpdir(), 'studytrail-snapshot-'));
    try {
      await dashboard.page.bringToFront();
      await dashboard.allowDownloads(downloads);
      const [path] = await dashboard.downloadsFrom('#portal-save-snapshot');
      expect(path).toMatch(/studytrail-snapshot-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.json$/);
      const text = await readFile(path as string, 'utf8');
      const snapshot = snapshotSchema.parse(JSON.parse(text));
      expect(snapshot.weekMinutes).toBe(seededMinutes);
      expect(text).not.toMatch(/https?:|token=|enaea\.edu\.cn/);
      expect(text).not.toContain('SECRET-REFLECTION');
    } finally {
      await rm(downloads, { recursive: true, force: true });
    }
  });

  it('on an origin not allowed nothing answers', async () => {
    const page = await portalPage(notAllowed());
    expect(await firstAnswer(page)).toBeNull();
    expect(await ask(page, 'not-allowed')).toBeNull();
    await page.close();

    const widget = await widgetPage(notAllowed());
    await widget.waitForState('not-connected');
    expect(await widget.text()).toContain('未连接学迹扩展');
    await widget.page.close();
  });

  it('forged requests from another frame or window get nothing', async () => {
    const page = await portalPage(allowed());
    await firstAnswer(page);
    // A cross-origin frame inside the portal posts a well-formed request to the top window.
    const frameLoaded = page.evaluate(
      (src) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.onload = () => resolve();
          document.body.append(frame);
        }),
      `${notAllowed()}/portal-bridge/forger.html?id=forged-frame`,
    );
    await frameLoaded;
    // A window the portal opened (same origin, so only the source check stands) posts to its opener.
    await page.evaluate((src) => {
      const button = document.createElement('button');
      button.id = 'open-forger';
      button.textContent = 'open';
      button.onclick = () => window.open(src, 'forger');
      document.body.append(button);
    }, `${allowed()}/portal-bridge/forger.html?id=forged-opener`);
    const opened = env.chromium.browser.waitForTarget((t) => t.url().includes('forged-opener'));
    await page.click('#open-forger');
    const popup = await (await opened).page();
    await popup?.waitForFunction(() => document.title === 'posted');
    const postedAt = Date.now();

    // The page's own request still works, so silence for the forged ones is the bridge's choice.
    expect(await ask(page, 'genuine')).toMatchObject({ type: 'snapshot', id: 'genuine' });
    // Silence has no event: wait out the answer window the widget itself uses, counted from the forged posts.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, postedAt + ANSWER_WAIT_MS - Date.now())));
    const seen = await page.evaluate(() => (window as unknown as ProbeWindow).bridgeAnswers.map((a) => a.id));
    expect(seen).toEqual(['first-at-load', 'genuine']);
    const frame = page.frames().find((f) => f.url().includes('forged-frame'));
    expect(await frame?.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
    expect(await popup?.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
    await popup?.close();
    await page.close();
  });

  it('a page gets at most 5 answers in 10 s', async () => {
    const page = await portalPage(allowed());
    await firstAnswer(page);
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];
    const answers = await page.evaluate(
      (list, wait) => Promise.all(list.map((id) => (window as unknown as ProbeWindow).askBridge(id, wait))),
      ids,
      ANSWER_WAIT_MS,
    );
    expect(answers.map((answer) => answer?.id ?? null)).toEqual(['r1', 'r2', 'r3', 'r4', null, null, null]);
    await page.close();
  });

  it('with sharing switched off the open page is told "consent needed" at once, and sharing again works', async () => {
    const page = await portalPage(allowed());
    expect(await firstAnswer(page)).toMatchObject({ type: 'snapshot' });
    const box = `#portal-share-${allowed().replace(/[^a-z0-9]+/gi, '-')}`;
    // Clicks scroll the element into view, which waits for a frame: background tabs draw none.
    await dashboard.page.bringToFront();
    await dashboard.page.click(box);
    await vi.waitFor(async () => expect((await storedSettings()).portalSharingOff).toEqual([allowed()]));
    expect(await ask(page, 'off')).toMatchObject({
      type: 'unavailable',
      reason: 'consent-needed',
      id: 'off',
    });
    const widget = await widgetPage(allowed());
    await widget.waitForState('consent-needed');
    expect(await widget.text()).toContain('学习进度未分享');
    await widget.page.close();
    await dashboard.page.bringToFront();
    await dashboard.page.click(box);
    await vi.waitFor(async () => expect((await storedSettings()).portalSharingOff).toEqual([]));
    expect(await ask(page, 'on-again')).toMatchObject({ type: 'snapshot', id: 'on-again' });
    await page.close();
  });

  it('removing the portal unregisters the bridge and the page already open stops getting answers at once', async () => {
    const page = await portalPage(allowed());
    expect(await firstAnswer(page)).toMatchObject({ type: 'snapshot' });
    await dashboard.page.bringToFront();
    await dashboard.page.click(`.portal-list button[aria-label$="${allowed()}"]`);
    await vi.waitFor(async () => expect((await storedSettings()).portalOrigins).toEqual([]));
    expect(await ask(page, 'after-removal')).toBeNull();
    await vi.waitFor(async () => expect(await bridgeMatches()).toBeUndefined(), { timeout: 10_000 });
    const reloaded = await portalPage(allowed());
    expect(await firstAnswer(reloaded)).toBeNull();
    await reloaded.close();
    const widget = await widgetPage(allowed());
    await widget.waitForState('not-connected');
    await widget.page.close();
    await page.close();
  });
});
