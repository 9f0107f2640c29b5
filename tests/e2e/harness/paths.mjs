import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the builds are: `.output`, or `STUDYTRAIL_OUT_DIR` as wxt.config.ts reads it. */
export const OUTPUT_DIR = resolve(PROJECT_ROOT, process.env.STUDYTRAIL_OUT_DIR ?? '.output');
export const CHROME_DEMO_BUILD = join(OUTPUT_DIR, 'chrome-mv3-demo');
export const FIREFOX_DEMO_BUILD = join(OUTPUT_DIR, 'firefox-mv3-demo');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
