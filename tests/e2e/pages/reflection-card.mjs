// The in-page reflection card as a test sees it: its shadow root, focus inside it, its fields.
const HOST = 'studytrail-reflection';

/** @param {import('puppeteer-core').Page} page */
export class ReflectionCard {
  constructor(page) {
    this.page = page;
  }

  /** Waits for the card to be on screen; returns ms waited. @param {number} timeout */
  async waitShown(timeout = 60_000) {
    const start = Date.now();
    await this.page.waitForFunction(
      (name) => {
        const host = document.querySelector(name);
        return Boolean(host?.shadowRoot?.querySelector('.st-card textarea'));
      },
      { timeout, polling: 100 },
      HOST,
    );
    return Date.now() - start;
  }

  async waitGone(timeout = 15_000) {
    await this.page.waitForFunction((name) => !document.querySelector(name), { timeout, polling: 100 }, HOST);
  }

  isPresent() {
    return this.page.evaluate((name) => Boolean(document.querySelector(name)), HOST);
  }

  /** The id (or tag) of the focused element inside the card, or null when focus is outside it. */
  focused() {
    return this.page.evaluate((name) => {
      const active = document.activeElement;
      if (active?.tagName.toLowerCase() !== name) return null;
      const inner = active.shadowRoot?.activeElement;
      return inner ? inner.id || `${inner.tagName.toLowerCase()}:${inner.getAttribute('type') ?? ''}` : null;
    }, HOST);
  }

  /** A field's value, by id inside the shadow root. @param {string} id */
  value(id) {
    return this.page.evaluate(
      (name, fieldId) => document.querySelector(name)?.shadowRoot?.getElementById(fieldId)?.value,
      HOST,
      id,
    );
  }

  text(selector) {
    return this.page.evaluate(
      (name, sel) => document.querySelector(name)?.shadowRoot?.querySelector(sel)?.textContent ?? '',
      HOST,
      selector,
    );
  }

  /** Presses Tab until the focused element inside the card matches `want` (id or `tag:type`). */
  async tabTo(want, max = 40) {
    for (let i = 0; i < max; i++) {
      if ((await this.focused()) === want) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${want}; focus is on ${await this.focused()}`);
  }

  /** Geometry and computed styles of the card, as the page renders it. */
  layout() {
    return this.page.evaluate((name) => {
      const host = document.querySelector(name);
      const card = host?.shadowRoot?.querySelector('.st-card');
      const textarea = host?.shadowRoot?.querySelector('textarea');
      const heading = host?.shadowRoot?.querySelector('h2');
      if (!host || !card || !textarea || !heading) return null;
      // The host is the box on screen (the card scrolls inside it when the window is short).
      const rect = host.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + 20);
      return {
        rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width },
        viewport: { width: innerWidth, height: innerHeight },
        hostOnTop: hit === host,
        visible: card.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        textareaFont: getComputedStyle(textarea).fontSize,
        headingFont: getComputedStyle(heading).fontSize,
        cardBackground: getComputedStyle(card).backgroundColor,
      };
    }, HOST);
  }

  /** Screenshot of the card's own box. @param {string} path */
  async screenshot(path) {
    const host = await this.page.$(HOST);
    await host?.screenshot({ path });
  }
}
