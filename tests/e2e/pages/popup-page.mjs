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
