import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../e2e/harness/chromium.mjs';
import { CHROMIUM_PATH } from '../e2e/harness/paths.mjs';

/**
 * Chromium exactly as tests/e2e/harness/chromium.mjs starts it, on a fresh profile, but with no extension
 * installed: the baseline run of the content-script cost. `enableExtensions: true` (rather than leaving it
 * off) keeps the command line identical to the harness's: puppeteer adds `--disable-extensions` when it is
 * off, and installs the harness's extension over the pipe after launch, not with a flag.
 */
export async function launchPlainChromium(options: { headless: boolean }) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'studytrail-bench-profile-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: CHROMIUM_PATH,
      headless: options.headless,
      pipe: true,
      enableExtensions: true,
      userDataDir,
      defaultViewport: null,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
