/** The extension's popup, opened as a tab. */
export class PopupPage {
  /** @param {import('puppeteer-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** @param {import('puppeteer-core').Browser} browser @param {import('../harness/chromium.mjs').ExtensionHandle} extension */
  static async open(browser, extension) {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 420 });
    await page.goto(extension.url('popup.html'), { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="today-minutes"]', { timeout: 15_000 });
    return new PopupPage(page);
  }

  /**
   * The real toolbar popup of the focused window (chrome.action.openPopup), so it sees that window's active
   * tab as a click on the toolbar button would. Close it before opening another.
   * @param {import('puppeteer-core').Browser} browser @param {import('../harness/chromium.mjs').ExtensionHandle} extension
   */
  static async openOnActiveTab(browser, extension) {
    const before = new Set(browser.targets());
    const worker = await extension.worker();
    await worker.evaluate(async () => {
      // Focused and named, as a click on the toolbar would: after a popup closed, no window counts as active.
      const window = await chrome.windows.getLastFocused({ windowTypes: ['normal'] });
      await chrome.windows.update(window.id, { focused: true });
      await chrome.action.openPopup({ windowId: window.id });
    });
    const target = await browser.waitForTarget(
      (t) => !before.has(t) && t.type() === 'page' && t.url() === extension.url('popup.html'),
      { timeout: 15_000 },
    );
    const page = await target.asPage();
    await page.waitForSelector('[data-testid="now-status"]', { timeout: 15_000 });
    return new PopupPage(page);
  }

  /** What the popup says of the active tab: `{ state, reason }` (reason only when nothing counts). */
  nowStatus() {
    return this.page.$eval('[data-testid="now-status"]', (el) => ({
      state: el.getAttribute('data-state'),
      reason: el.getAttribute('data-reason'),
    }));
  }

  /** Waits until the popup says `state` (and `reason`) of the active tab; it re-reads every few seconds. */
  async waitForStatus(state, reason) {
    const selector = `[data-testid="now-status"][data-state="${state}"]${reason ? `[data-reason="${reason}"]` : ''}`;
    await this.page.waitForSelector(selector, { timeout: 30_000 });
  }

  /** @param {string} testId */
  async click(testId) {
    await this.page.click(`[data-testid="${testId}"]`);
  }

  /**
   * Serious and critical axe-core violations on the popup as it is now.
   * @param {string} axeSource the text of axe-core's axe.min.js
   */
  async axeViolations(axeSource) {
    // Evaluated rather than added as a <script>: the extension page's CSP refuses inline scripts.
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(axeSource);
    return this.page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          nodes: violation.nodes.map((n) => n.html),
        }));
    });
  }

  text(testId) {
    return this.page.$eval(`[data-testid="${testId}"]`, (el) => el.textContent ?? '');
  }

  /** The whole minutes shown for today. */
  async todayMinutes() {
    const text = await this.text('today-minutes');
    const match = /(\d+)/.exec(text);
    if (!match) throw new Error(`No minute count in popup text "${text}"`);
    return Number(match[1]);
  }

  /** Sends a runtime message from this extension page and returns the background's answer. */
  sendMessage(message) {
    return this.page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  }

  async screenshot(path) {
    await this.page.screenshot({ path });
  }
}
