import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.mjs';
import { launchFirefox } from './harness/firefox.mjs';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { ensureRelease, RELEASE_DIR, unpack } from './harness/release-files.mjs';
import { waitFor } from './harness/wait-for';
import { PopupPage } from './pages/popup-page.mjs';

/*
 * What `npm run release` hands to the stores and to schools: the zips are named with the version, listed in
 * SHA256SUMS, carry that version in their manifest, have a justification for exactly the permissions they
 * ask for, and load in Chromium and Firefox ESR from the unzipped folder.
 */

type Manifest = {
  version: string;
  name: string;
  description: string;
  default_locale: string;
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
};
type Justifications = Record<string, Record<string, { en: string; zh_CN: string }>>;
type Listing = {
  limits: {
    name: Record<string, number>;
    summary: Record<string, number>;
    description: { min: number; max: number };
  };
} & Record<'zh_CN' | 'en', { name: string; summary: string; description: string }>;

const BROWSERS = ['chrome', 'edge', 'firefox'] as const;
const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;
/** Characters as the stores count them (code points, so 学 is one). */
const length = (text: string) => [...text].length;

describe('the release zips', () => {
  let version: string;
  const unpacked: Record<string, string> = {};
  const manifests: Record<string, Manifest> = {};

  beforeAll(async () => {
    version = await ensureRelease();
    for (const browser of BROWSERS) {
      unpacked[browser] = await unpack(join(RELEASE_DIR, `studytrail-${version}-${browser}.zip`));
      manifests[browser] = await readJson<Manifest>(join(unpacked[browser] as string, 'manifest.json'));
    }
  }, 600_000);

  afterAll(async () => {
    for (const dir of Object.values(unpacked)) await rm(dir, { recursive: true, force: true });
  });

  it('SHA256SUMS lists the four zips named with the version, with their real checksums', async () => {
    const sums = (await readFile(join(RELEASE_DIR, 'SHA256SUMS'), 'utf8')).trim().split('\n');
    const names = sums.map((line) => line.split('  ')[1]);
    expect(names).toEqual(
      ['chrome', 'edge', 'firefox', 'sources'].map((part) => `studytrail-${version}-${part}.zip`),
    );
    for (const line of sums) {
      const [hash, name] = line.split('  ') as [string, string];
      const bytes = await readFile(join(RELEASE_DIR, name));
      expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(hash);
    }
  });

  it("every browser's manifest carries package.json's version and refuses incognito; Firefox its gecko id", () => {
    for (const browser of BROWSERS) {
      expect(manifests[browser]?.version, browser).toBe(version);
      // The privacy policy's "never in incognito (private) windows".
      expect((manifests[browser] as Manifest & { incognito?: string }).incognito, browser).toBe(
        'not_allowed',
      );
    }
    expect(manifests.firefox?.browser_specific_settings?.gecko?.id).toBe('studytrail@studytrail.local');
  });

  it('every permission has a justification in docs/store/permissions.json, and nothing else has one', async () => {
    const justifications = await readJson<Justifications>(join(PROJECT_ROOT, 'docs/store/permissions.json'));
    for (const browser of BROWSERS) {
      const manifest = manifests[browser] as Manifest;
      const asked: Record<string, string[]> = {
        permissions: manifest.permissions ?? [],
        optional_host_permissions: manifest.optional_host_permissions ?? [],
        host_permissions: manifest.host_permissions ?? [],
        content_scripts: [
          ...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])),
        ],
      };
      for (const [kind, list] of Object.entries(asked)) {
        expect(Object.keys(justifications[kind] ?? {}).sort(), `${browser} ${kind}`).toEqual(
          [...list].sort(),
        );
        for (const entry of list) {
          const line = justifications[kind]?.[entry];
          expect(line?.en.trim().length, `${kind} ${entry} en`).toBeGreaterThan(20);
          expect(line?.zh_CN.trim().length, `${kind} ${entry} zh_CN`).toBeGreaterThan(8);
        }
      }
    }
  });

  it("the store listing is within each store's limits and matches the manifest's name and summary", async () => {
    const listing = await readJson<Listing>(join(PROJECT_ROOT, 'docs/store/listing.json'));
    for (const locale of ['zh_CN', 'en'] as const) {
      const { name, summary, description } = listing[locale];
      for (const [store, max] of Object.entries(listing.limits.name))
        expect(length(name), store).toBeLessThanOrEqual(max);
      for (const [store, max] of Object.entries(listing.limits.summary)) {
        expect(length(summary), `${locale} ${store}`).toBeLessThanOrEqual(max);
      }
      expect(length(description)).toBeGreaterThanOrEqual(listing.limits.description.min);
      expect(length(description)).toBeLessThanOrEqual(listing.limits.description.max);
      for (const browser of BROWSERS) {
        const messages = await readJson<Record<string, { message: string }>>(
          join(unpacked[browser] as string, '_locales', locale, 'messages.json'),
        );
        expect(messages.extName?.message, `${browser} ${locale} name`).toBe(name);
        expect(messages.extDescription?.message, `${browser} ${locale} summary`).toBe(summary);
      }
    }
  });

  it("the Firefox zip passes Mozilla's linter (web-ext lint) without an error", () => {
    const lint = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', unpacked.firefox as string, '--output=json', '--no-input'],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    const report = JSON.parse(lint.stdout) as { errors: { code: string; message: string }[] };
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
  });

  it('loads unpacked in Chromium: the service worker starts, the welcome guide opens, the popup renders', async () => {
    const chromium = await launchChromium({ extensionDir: unpacked.chrome });
    try {
      // launchChromium waits for the service worker (background.js) of the unpacked folder.
      expect(chromium.extension.id).toMatch(/^[a-p]{32}$/);
      const welcome = await chromium.browser.waitForTarget((target) => target.url().endsWith('#/welcome'), {
        timeout: 30_000,
      });
      expect(welcome.url()).toBe(chromium.extension.url('dashboard.html#/welcome'));
      const popup = await PopupPage.open(chromium.browser, chromium.extension);
      expect(await popup.page.$eval('[data-testid="today-minutes"]', (el) => el.textContent ?? '')).not.toBe(
        '',
      );
    } finally {
      await chromium.close();
    }
  });

  it('installs in Firefox ESR as a temporary add-on with its gecko id, and its background opens the welcome guide tab', async () => {
    const firefox = await launchFirefox({ extensionDir: unpacked.firefox });
    try {
      expect(firefox.extensionId).toBe('studytrail@studytrail.local');
      // WebDriver BiDi shows moz-extension:// tabs as about:blank, so the guide is seen as the tab it adds to
      // the one Firefox starts with (a build without a background adds none).
      const pages = await waitFor(
        async () => (await firefox.browser.pages()).length,
        (count) => count >= 2,
        30_000,
      );
      expect(pages).toBe(2);
    } finally {
      await firefox.close();
    }
  });
});
