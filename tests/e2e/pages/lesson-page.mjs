/** A lesson page of the demo platform with its lecture and its own record of real playback. */
export class LessonPage {
  /** @param {import('puppeteer-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** @param {import('puppeteer-core').Browser} browser @param {string} url */
  static async open(browser, url) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return new LessonPage(page);
  }

  /** Waits until the lecture is really playing. */
  async waitForPlaying() {
    await this.page.waitForFunction(
      () => {
        const video = document.querySelector('video');
        return video && !video.paused && video.readyState > 2 && video.currentTime > 0.2;
      },
      { timeout: 30_000 },
    );
  }

  async pause() {
    await this.page.evaluate(() => document.querySelector('video')?.pause());
  }

  async play() {
    await this.page.evaluate(() => document.querySelector('video')?.play());
  }

  /** The page's own playing intervals (ground truth), the current one closed at now. */
  async playbackIntervals() {
    return this.page.evaluate(() => {
      const log = window.__playback;
      const open = log.playingSince === null ? [] : [{ start: log.playingSince, end: Date.now() }];
      return [...log.intervals, ...open];
    });
  }
}
