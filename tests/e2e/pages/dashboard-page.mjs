import { join } from 'node:path';

const section = (heading) => `section[aria-labelledby="${heading}"]`;

/** The extension's dashboard (options page) in a tab, with its Settings, Data and Digest views. */
export class DashboardPage {
  /** @param {import('puppeteer-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /**
   * @param {import('puppeteer-core').Browser} browser
   * @param {import('../harness/chromium.mjs').ExtensionHandle} extension
   * @param {string} [hash] the view, e.g. '#/data'
   */
  static async open(browser, extension, hash = '#/settings') {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(extension.url(`dashboard.html${hash}`), { waitUntil: 'load' });
    const dashboard = new DashboardPage(page);
    await dashboard.waitForView();
    return dashboard;
  }

  /** Waits until the settings are read and the view's sections are shown. */
  async waitForView() {
    await this.page.waitForSelector('main section', { timeout: 15_000 });
  }

  /** Follows a navigation link by its hash, as a user would. */
  async goTo(hash) {
    await this.page.click(`nav a[href="${hash}"]`);
    await this.waitForView();
  }

  /** Sends a runtime message from this extension page and returns the background's answer. */
  sendMessage(message) {
    return this.page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  }

  /** The browser's UI language, which picks the page's language while the setting is 'auto'. */
  uiLanguage() {
    return this.page.evaluate(() => chrome.i18n.getUILanguage());
  }

  heading() {
    return this.page.$eval('#view-heading', (el) => el.textContent ?? '');
  }

  /**
   * Lets the page download into `dir` and reports finished downloads, through the DevTools protocol.
   * @param {string} dir
   */
  async allowDownloads(dir) {
    this.downloadDir = dir;
    this.cdp = await this.page.browser().target().createCDPSession();
    /** @type {Map<string, string>} guid → suggested file name */
    this.names = new Map();
    /** @type {((path: string) => void)[]} */
    this.waiting = [];
    this.cdp.on('Browser.downloadWillBegin', (event) => this.names.set(event.guid, event.suggestedFilename));
    this.cdp.on('Browser.downloadProgress', (event) => {
      if (event.state !== 'completed') return;
      const path = join(dir, this.names.get(event.guid) ?? event.guid);
      for (const resolve of this.waiting.splice(0)) resolve(path);
    });
    await this.cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: dir,
      eventsEnabled: true,
    });
  }

  /**
   * Clicks an element and returns the paths of the `count` files it downloads, once all are complete.
   * @param {string} selector @param {number} [count]
   */
  async downloadsFrom(selector, count = 1) {
    if (!this.waiting) throw new Error('Call allowDownloads(dir) first');
    const paths = [];
    const done = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Only ${paths.length} of ${count} downloads within 20 s`)),
        20_000,
      );
      const next = (path) => {
        paths.push(path);
        if (paths.length === count) {
          clearTimeout(timer);
          resolve(paths);
        } else this.waiting.push(next);
      };
      this.waiting.push(next);
    });
    await this.page.click(selector);
    return /** @type {Promise<string[]>} */ (done);
  }

  /** Clicks "Export a backup" and returns the path of the downloaded file once it is complete. */
  async backup() {
    if (!this.waiting) throw new Error('Call allowDownloads(dir) first');
    const done = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('No download within 20 s')), 20_000);
      this.waiting.push((path) => {
        clearTimeout(timer);
        resolve(path);
      });
    });
    await this.page.click('[data-testid="backup-export"]');
    return /** @type {Promise<string>} */ (done);
  }

  /** Erases everything through both confirmations and waits for the status that it is done. */
  async eraseEverything() {
    await this.page.click('[data-testid="erase-start"]');
    await this.page.click('#erase-understand');
    await this.page.click('[data-testid="erase-confirm"]');
    await this.page.waitForSelector('[data-testid="erase-start"]', { timeout: 15_000 });
    return this.waitForText(`${section('erase-heading')} [role="status"]`);
  }

  /**
   * Chooses a restore mode and a file, and waits for the preview or an error.
   * @param {string} path @param {'merge' | 'replace'} [mode]
   */
  async chooseRestoreFile(path, mode = 'merge') {
    await this.page.click(`#restore-mode-${mode}`);
    const input = await this.page.$('#restore-file');
    if (!input) throw new Error('No restore file input');
    await input.uploadFile(path);
    await this.page.waitForFunction(
      (panel) =>
        document.querySelector('[data-testid="restore-preview"]') !== null ||
        (document.querySelector(`${panel} [role="alert"]`)?.textContent ?? '') !== '',
      { timeout: 15_000 },
      section('restore-heading'),
    );
  }

  /** The number in the restore preview for a table ('sessions' | 'reflections') and an outcome. */
  async previewCount(table, column) {
    const selector = `[data-testid="restore-preview"] tr[data-table="${table}"] td[data-column="${column}"]`;
    return Number(await this.page.$eval(selector, (el) => el.textContent));
  }

  hasPreview() {
    return this.page.$('[data-testid="restore-preview"]').then((el) => el !== null);
  }

  /** Confirms the previewed restore and returns the status once it is finished. */
  async confirmRestore() {
    await this.page.click('[data-testid="restore-confirm"]');
    await this.page.waitForFunction(() => !document.querySelector('[data-testid="restore-preview"]'), {
      timeout: 15_000,
    });
    return this.restoreStatus();
  }

  restoreStatus() {
    return this.page.$eval(`${section('restore-heading')} [role="status"]`, (el) => el.textContent ?? '');
  }

  restoreAlert() {
    return this.page.$eval(`${section('restore-heading')} [role="alert"]`, (el) => el.textContent ?? '');
  }

  /** @param {string} selector */
  async waitForText(selector) {
    await this.page.waitForFunction(
      (s) => (document.querySelector(s)?.textContent ?? '') !== '',
      {},
      selector,
    );
    return this.page.$eval(selector, (el) => el.textContent ?? '');
  }

  async screenshot(path) {
    await this.page.screenshot({ path, fullPage: true });
  }

  async close() {
    await this.cdp?.detach().catch(() => undefined);
    await this.page.close();
  }
}
