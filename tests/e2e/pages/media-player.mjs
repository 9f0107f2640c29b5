/**
 * The lecture player of a page or of one of its frames: starts and pauses it the way the learner's click
 * on the player does (puppeteer evaluates with a user gesture), and reads the page's own record of real
 * playback (tests/fixtures/platform/playback-log.js).
 */
export class MediaPlayer {
  /** @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} frame @param {string} [selector] */
  constructor(frame, selector = 'video') {
    this.frame = frame;
    this.selector = selector;
  }

  /** The player in the first frame of `page` whose URL contains `urlPart`, once that frame exists. */
  static async inFrame(page, urlPart, selector = 'video') {
    const frame = await page.waitForFrame((f) => f.url().includes(urlPart), { timeout: 30_000 });
    await frame.waitForSelector(selector, { timeout: 30_000 });
    return new MediaPlayer(frame, selector);
  }

  /** Presses play and waits until the lecture really plays. @returns {Promise<number>} ms when it played */
  async play() {
    await this.frame.evaluate((s) => document.querySelector(s)?.play(), this.selector);
    await this.frame.waitForFunction(
      (s) => {
        const video = document.querySelector(s);
        return video && !video.paused && video.readyState > 2 && video.currentTime > 0.2;
      },
      { timeout: 30_000 },
      this.selector,
    );
    return Date.now();
  }

  /** @returns {Promise<number>} ms when it was paused */
  async pause() {
    await this.frame.evaluate((s) => document.querySelector(s)?.pause(), this.selector);
    return Date.now();
  }

  /** The page's own playing intervals (ground truth), the current one closed at now. */
  async playbackIntervals() {
    return this.frame.evaluate(() => {
      const log = window.__playback;
      const open = log.playingSince === null ? [] : [{ start: log.playingSince, end: Date.now() }];
      return [...log.intervals, ...open];
    });
  }
}
