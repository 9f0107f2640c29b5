import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.mjs';
import { nodeFingerprint, nodeVerifies, type SignedFile } from './harness/node-verify';
import { CHROME_DEMO_BUILD, PROJECT_ROOT } from './harness/paths.mjs';
import { waitFor } from './harness/wait-for';
import { DashboardPage } from './pages/dashboard-page.mjs';

const OUT = join(PROJECT_ROOT, 'demo-output');

/** Monday of this week in the browser's time zone: the seeded reflection is from today. */
function thisMonday(): string {
  const now = new Date();
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}

/** The stored key row as the page's IndexedDB holds it, and whether WebCrypto refuses to export it. */
function storedKey(dashboard: DashboardPage) {
  return dashboard.page.evaluate(
    () =>
      new Promise<{ extractable: boolean; algorithm: string; exportRefused: boolean; rows: number }>(
        (resolve, reject) => {
          const open = indexedDB.open('studytrail');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('signingKeys').objectStore('signingKeys');
            const all = store.getAll();
            all.onsuccess = async () => {
              open.result.close();
              const [row] = all.result as { privateKey: CryptoKey }[];
              if (!row) return reject(new Error('no signing key stored'));
              const exportRefused = await crypto.subtle.exportKey('pkcs8', row.privateKey).then(
                () => false,
                () => true,
              );
              resolve({
                extractable: row.privateKey.extractable,
                algorithm: row.privateKey.algorithm.name,
                exportRefused,
                rows: all.result.length,
              });
            };
          };
        },
      ),
  );
}

describe('a signed digest from the Digest view (Chromium)', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let downloads: string;

  beforeAll(async () => {
    chromium = await launchChromium();
    downloads = await mkdtemp(join(tmpdir(), 'studytrail-signed-'));
  });

  afterAll(async () => {
    await chromium?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  /** Reads the fingerprint from Settings, then downloads the week's JSON and HTML from the Digest view. */
  async function exportDigest() {
    const dashboard = await DashboardPage.open(chromium.browser, chromium.extension, '#/settings');
    const fingerprint = await dashboard.waitForText('#signing-fingerprint');
    await dashboard.page.evaluate((hash) => {
      location.hash = hash;
    }, `#/digest/${thisMonday()}`);
    await dashboard.page.waitForSelector('iframe.digest-preview', { timeout: 15_000 });
    await dashboard.allowDownloads(downloads);
    const [json] = await dashboard.downloadsFrom('button[data-format="json"]');
    const [html] = await dashboard.downloadsFrom('button[data-format="html"]');
    if (!json || !html) throw new Error('No digest downloaded');
    return {
      dashboard,
      fingerprint,
      file: JSON.parse(await readFile(json, 'utf8')) as SignedFile,
      html: await readFile(html, 'utf8'),
    };
  }

  let first: Awaited<ReturnType<typeof exportDigest>>;

  it('the background created one key at install: non-extractable Ed25519, in IndexedDB', async () => {
    const worker = await chromium.extension.worker();
    if (!worker) throw new Error('The extension has no service worker');
    const rows = await waitFor(
      () =>
        worker.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('studytrail');
              open.onsuccess = () => {
                const db = open.result;
                if (db.objectStoreNames.contains('signingKeys')) {
                  const count = db.transaction('signingKeys').objectStore('signingKeys').count();
                  count.onsuccess = () => resolve(count.result);
                } else resolve(0);
                db.close();
              };
              open.onerror = () => resolve(0);
            }),
        ),
      (count) => count > 0,
      15_000,
    );
    expect(rows).toBe(1);
  });

  it('exports a JSON digest that is signed, verifies with Node crypto, and matches the Settings fingerprint', async () => {
    await chromium.extension.putRows({
      reflections: [
        {
          id: 'r-signed',
          createdAt: Date.now(),
          updatedAt: Date.now(),
          courseKey: 'demo:高校辅导员心理育人能力提升',
          courseTitle: '高校辅导员心理育人能力提升',
          lessonTitle: '第一讲 大学生心理危机的早期识别',
          topics: ['心理危机干预'],
          learned: '先倾听，再判断',
          thought: '',
          apply: '',
          isCase: false,
          sessionIds: [],
        },
      ],
    });
    // The learner's identity, set in Settings, goes into the digest.
    const settings = await DashboardPage.open(chromium.browser, chromium.extension, '#/settings');
    await settings.page.type('#identity-name', '王芳');
    await settings.page.type('#identity-staffNumber', '20190123');
    await settings.page.click('section[aria-labelledby="identity-heading"] button[type="submit"]');
    await settings.waitForText('section[aria-labelledby="identity-heading"] [role="status"]');
    await settings.screenshot(join(OUT, 'settings-signing.png'));
    await settings.close();

    first = await exportDigest();
    const { file, fingerprint, html } = first;
    expect(file.signature.alg).toBe('Ed25519');
    expect(Buffer.from(file.signature.publicKey, 'base64url')).toHaveLength(32);
    expect(Buffer.from(file.signature.value, 'base64url')).toHaveLength(64);
    expect(nodeVerifies(file)).toBe(true);
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    expect(fingerprint).toBe(nodeFingerprint(file.signature.publicKey));
    expect(file.learner).toEqual({ name: '王芳', staffNumber: '20190123' });
    expect(html).toContain(fingerprint);
    expect(JSON.stringify(file.reflections)).toContain('先倾听，再判断');

    const stored = await storedKey(first.dashboard);
    expect(stored).toEqual({ extractable: false, algorithm: 'Ed25519', exportRefused: true, rows: 1 });
  });

  it('an edited number in the exported file no longer verifies', () => {
    const totals = first.file.totals as { activeMinutes: number };
    const edited = { ...first.file, totals: { ...totals, activeMinutes: totals.activeMinutes + 30 } };
    expect(nodeVerifies(edited)).toBe(false);
  });

  it('after an extension update (a new service worker), the same key signs', async () => {
    const { browser, extension } = chromium;
    const isWorker = (t: Target) =>
      t.type() === 'service_worker' && t.url() === extension.url('background.js');
    const targetId = (t: Target | undefined) =>
      (t as unknown as { _targetId: string } | undefined)?._targetId;
    const oldWorker = targetId(browser.targets().find(isWorker));
    const startedBefore = await extension.workerStartedAt();
    await first.dashboard.close();
    // Installing the same unpacked build again is an update: a new service worker, the data kept. (In this
    // Chromium, chrome.runtime.reload() unloads a CDP-loaded extension without loading it back.)
    await browser.installExtension(CHROME_DEMO_BUILD);
    await browser.waitForTarget((t) => isWorker(t) && targetId(t) !== oldWorker, { timeout: 30_000 });
    const again = await exportDigest();
    // A worker whose global scope began after the reload: the extension really restarted.
    expect(await extension.workerStartedAt()).toBeGreaterThan(startedBefore);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(again.file.signature.publicKey).toBe(first.file.signature.publicKey);
    expect(nodeVerifies(again.file)).toBe(true);
    expect((await storedKey(again.dashboard)).rows).toBe(1);
  });
});
