/** A portal page with `<studytrail-progress>` elements: their state and text, read through the shadow root. */
export class WidgetPage {
  /** @param {import('puppeteer-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** @param {import('puppeteer-core').Browser} browser @param {string} url */
  static async open(browser, url) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return new WidgetPage(page);
  }

  /**
   * Waits until the widget matching `selector` shows `state` (`loading`, `not-connected`,
   * `consent-needed`, `no-data`, `invalid`, `ready`).
   * @param {string} state @param {{ selector?: string, timeout?: number }} [options]
   */
  async waitForState(state, { selector = 'studytrail-progress', timeout = 15_000 } = {}) {
    await this.page.waitForFunction(
      (sel, wanted) =>
        document.querySelector(sel)?.shadowRoot?.querySelector('section')?.dataset.state === wanted,
      { timeout },
      selector,
      state,
    );
  }

  /** The widget's text (its shadow root), with the bars' text alternative. @param {string} [selector] */
  text(selector = 'studytrail-progress') {
    return this.page.$eval(selector, (el) => el.shadowRoot?.querySelector('section')?.textContent ?? '');
  }

  /** Whether the widget's card is wider than the element: content overflowing sideways. @param {string} [selector] */
  overflowsSideways(selector = 'studytrail-progress') {
    return this.page.$eval(selector, (el) => {
      const card = el.shadowRoot?.querySelector('section');
      return (
        !card || card.scrollWidth > card.clientWidth || card.getBoundingClientRect().width > el.clientWidth
      );
    });
  }

  /** The element's width in CSS pixels. @param {string} [selector] */
  width(selector = 'studytrail-progress') {
    return this.page.$eval(selector, (el) => el.getBoundingClientRect().width);
  }
}
