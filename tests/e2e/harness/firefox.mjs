// Drives Debian's Firefox ESR over WebDriver BiDi and installs the Firefox build of the extension.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { hasDisplay } from './chromium.mjs';
import { FIREFOX_DEMO_BUILD, FIREFOX_PATH } from './paths.mjs';

/** @param {{ extensionDir?: string, headless?: boolean, args?: string[], prefs?: Record<string, unknown> }} [options] */
export async function launchFirefox(options = {}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'studytrail-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? !hasDisplay(),
    userDataDir,
    args: options.args ?? [],
    extraPrefsFirefox: {
      ...options.prefs,
      'media.autoplay.default': 0,
      'media.autoplay.blocking_policy': 0,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  const extensionId = await browser.installExtension(options.extensionDir ?? FIREFOX_DEMO_BUILD);
  return {
    browser,
    extensionId,
    userDataDir,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Counts the rows of one object store in the extension's IndexedDB files of a Firefox profile. BiDi
 * cannot open moz-extension:// pages, so the test reads Firefox's own SQLite files (rows only: the
 * values are compressed structured clones).
 */
export async function countIndexedDbRows(userDataDir, databaseName, storeName) {
  const storage = join(userDataDir, 'storage', 'default');
  const origins = (await readdir(storage)).filter((name) => name.startsWith('moz-extension'));
  let total = 0;
  for (const origin of origins) {
    const idb = join(storage, origin, 'idb');
    const files = await readdir(idb).catch(() => []);
    for (const file of files.filter((f) => f.endsWith('.sqlite'))) {
      const path = join(idb, file);
      const { stdout: name } = await promisify(execFile)('sqlite3', [
        '-readonly',
        path,
        'SELECT name FROM database;',
      ]);
      if (name.trim() !== databaseName) continue;
      const { stdout } = await promisify(execFile)('sqlite3', [
        '-readonly',
        path,
        `SELECT count(*) FROM object_data WHERE object_store_id = (SELECT id FROM object_store WHERE name = '${storeName}');`,
      ]);
      total += Number(stdout.trim());
    }
  }
  return total;
}
