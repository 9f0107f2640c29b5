// Launches Debian's Chromium with the built extension through puppeteer-core: real focus and visibility.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_DEMO_BUILD, CHROMIUM_PATH } from './paths.mjs';

/** Chromium's command line for every run: no network chatter, no first-run UI, lectures may autoplay. */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--autoplay-policy=no-user-gesture-required',
  '--window-size=1200,900',
];

/** @param {string[]} hosts */
const hostResolverArgs = (hosts) =>
  hosts.length ? [`--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`] : [];

/** Headed when a display exists (xvfb-run gives one: the idle API and focus events need it). */
export const hasDisplay = () => Boolean(process.env.DISPLAY);

/**
 * Starts Chromium with the extension on a fresh (or given) profile. `mapHosts` resolves those host names
 * to loopback, so the fixture server answers for real platform URLs (match patterns ignore the port).
 * @param {{ extensionDir?: string, userDataDir?: string, headless?: boolean, mapHosts?: string[] }} [options]
 */
export async function launchChromium(options = {}) {
  const extensionDir = options.extensionDir ?? CHROME_DEMO_BUILD;
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'studytrail-profile-')));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? !hasDisplay(),
    pipe: true,
    enableExtensions: [extensionDir],
    userDataDir,
    defaultViewport: null,
    args: [...CHROMIUM_ARGS, ...hostResolverArgs(options.mapHosts ?? [])],
  });
  const extension = await ExtensionHandle.attach(browser);
  return {
    browser,
    extension,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await browser.close().catch(() => undefined);
      if (ownProfile && !keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension as the tests see it: its id, its service worker and its database. */
export class ExtensionHandle {
  /** @param {import('puppeteer-core').Browser} browser @param {string} id */
  constructor(browser, id) {
    this.browser = browser;
    this.id = id;
  }

  /** @param {import('puppeteer-core').Browser} browser */
  static async attach(browser) {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
      { timeout: 30_000 },
    );
    return new ExtensionHandle(browser, new URL(target.url()).host);
  }

  url(path) {
    return `chrome-extension://${this.id}/${path}`;
  }

  /** The running service worker, woken if it was stopped. */
  async worker() {
    const isOurs = (t) => t.type() === 'service_worker' && t.url() === this.url('background.js');
    let target = this.browser.targets().find(isOurs);
    if (!target) {
      // Opening an extension page wakes a stopped worker.
      const page = await this.browser.newPage();
      await page.goto(this.url('popup.html'));
      target = await this.browser.waitForTarget(isOurs, { timeout: 30_000 });
      await page.close();
    }
    return target.worker();
  }

  /** Every row of the `sessions` table, read with the raw IndexedDB API inside the extension. */
  async sessions() {
    const worker = await this.worker();
    return worker.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('studytrail');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('sessions')) {
              db.close();
              resolve([]);
              return;
            }
            const request = db.transaction('sessions').objectStore('sessions').getAll();
            request.onsuccess = () => {
              db.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }

  /**
   * Writes rows straight into the extension's database (raw IndexedDB in the service worker).
   * @param {{ sessions?: object[], reflections?: object[] }} rows
   */
  async putRows({ sessions = [], reflections = [] }) {
    const worker = await this.worker();
    await worker.evaluate(
      (rows) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('studytrail');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('sessions')) {
              db.close();
              reject(new Error('The extension has not created its database yet'));
              return;
            }
            const tx = db.transaction(['sessions', 'reflections'], 'readwrite');
            for (const row of rows.sessions) tx.objectStore('sessions').put(row);
            for (const row of rows.reflections) tx.objectStore('reflections').put(row);
            tx.oncomplete = () => {
              db.close();
              resolve(undefined);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { sessions, reflections },
    );
  }

  /** One of the extension's alarms, or undefined. @param {string} name */
  async alarm(name) {
    const worker = await this.worker();
    return worker.evaluate((alarmName) => chrome.alarms.get(alarmName), name);
  }

  /** The content scripts the extension registered at run time (user platform rules). */
  async registeredScripts() {
    const worker = await this.worker();
    return worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  }

  /** Replaces the stored settings (the extension applies them live). */
  async setSettings(settings) {
    const worker = await this.worker();
    await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
  }

  /**
   * Stops the service worker (Target.closeTarget, as puppeteer's `WebWorker.close()` does) and resolves
   * once its target is gone; the next extension event starts a new one. CDP's
   * ServiceWorker.stopAllWorkers also stops it in Chromium 156, but leaves a stale target whose evaluations
   * hang until something else wakes the worker.
   */
  async stopWorker() {
    const isOurs = (t) => t.type() === 'service_worker' && t.url() === this.url('background.js');
    const target = this.browser.targets().find(isOurs);
    if (!target) return;
    const gone = new Promise((resolve) => {
      const onDestroyed = (destroyed) => {
        if (destroyed !== target) return;
        this.browser.off('targetdestroyed', onDestroyed);
        resolve(undefined);
      };
      this.browser.on('targetdestroyed', onDestroyed);
    });
    const worker = await target.worker();
    if (!worker) throw new Error('The service worker target has no worker to close');
    await worker.close();
    await gone;
  }

  /** When the running service worker's global scope was created (ms since epoch): a new value is a restart. */
  async workerStartedAt() {
    const worker = await this.worker();
    return worker.evaluate(() => performance.timeOrigin);
  }
}
