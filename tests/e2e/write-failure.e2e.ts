import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { useBrowserSession } from './harness/browser-session';
import { rowsWhen } from './harness/recorded.mjs';
import { HEARTBEAT_MS } from './harness/time.mjs';
import { waitFor } from './harness/wait-for';
import { LessonPage } from './pages/lesson-page.mjs';
import { PopupPage } from './pages/popup-page.mjs';

/** The extension API as seen from the service worker the test evaluates in. */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

interface Row {
  start: number;
  end: number;
}

describe('a failing database write', () => {
  const env = useBrowserSession();

  it('shows on the badge and in the popup, keeps the study time, and clears once writes work again', async () => {
    const { browser, extension } = env.chromium;
    const lesson = await LessonPage.open(browser, `${env.server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    // The lecture is being recorded: its first row is stored.
    await rowsWhen(extension, (rows: Row[]) => rows.length > 0, 60_000);

    // A real fault at the platform boundary: every IndexedDB put in the worker fails as a full disk does.
    const worker = await extension.worker();
    if (!worker) throw new Error('No service worker to evaluate in');
    const failingSince = Date.now();
    await worker.evaluate(() => {
      const store = IDBObjectStore.prototype as IDBObjectStore & { __put?: IDBObjectStore['put'] };
      store.__put = store.put;
      store.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));
    expect(await waitFor(badge, (text) => text === '!', 2 * HEARTBEAT_MS + 10_000)).toBe('!');
    const title = await worker.evaluate(() => chrome.action.getTitle({}));
    expect(
      [en.writeFailingQuota.message, zhCN.writeFailingQuota.message].some((m) => title.includes(m)),
    ).toBe(true);
    // Wait for a heartbeat a full interval into the failure: study time that now waits unwritten.
    const openEnd = () =>
      worker.evaluate(async () => {
        const { trackerState } = (await chrome.storage.session.get('trackerState')) as {
          trackerState?: { open: Record<string, { end: number }> };
        };
        const open = Object.values(trackerState?.open ?? {});
        return Math.max(0, ...open.map((segment) => segment.end));
      });
    await waitFor(openEnd, (end) => end >= failingSince + HEARTBEAT_MS, 2 * HEARTBEAT_MS + 10_000);

    const popup = await PopupPage.open(browser, extension);
    const notice = await popup.page.waitForSelector('[data-testid="write-failing"]', { timeout: 10_000 });
    expect(await notice?.evaluate((el) => [el.getAttribute('role'), el.getAttribute('data-reason')])).toEqual(
      ['alert', 'quota'],
    );
    await popup.page.close();
    await lesson.page.bringToFront();

    await worker.evaluate(() => {
      const store = IDBObjectStore.prototype as IDBObjectStore & { __put?: IDBObjectStore['put'] };
      if (store.__put) store.put = store.__put;
    });
    expect(await waitFor(badge, (text) => text === '', 2 * HEARTBEAT_MS + 70_000)).toBe('');
    const rows = (await extension.sessions()) as Row[];
    // The time studied while writes failed was kept and written afterwards.
    expect(Math.max(...rows.map((row) => row.end))).toBeGreaterThanOrEqual(failingSince + HEARTBEAT_MS);
    await lesson.pause();
  });
});
