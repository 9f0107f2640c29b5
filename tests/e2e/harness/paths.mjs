import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_DEMO_BUILD = fileURLToPath(new URL('../../../.output/chrome-mv3-demo', import.meta.url));
export const FIREFOX_DEMO_BUILD = fileURLToPath(
  new URL('../../../.output/firefox-mv3-demo', import.meta.url),
);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
