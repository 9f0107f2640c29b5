import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.mjs';
import { keyedCopy } from './harness/keyed-build.mjs';
import { CHROME_DEMO_BUILD, PROJECT_ROOT } from './harness/paths.mjs';
import { waitFor } from './harness/wait-for';
import { DashboardPage } from './pages/dashboard-page.mjs';

/*
 * A school's enterprise policy, applied the way Linux Chromium reads it: a JSON file in its managed policy
 * folder with `3rdparty.extensions.<id>`. The id is that of a copy of the demo build with a fresh manifest
 * key, so the policy reaches no other extension (nor any other test running at the same time); the file is
 * removed afterwards.
 */
/** The extension API as seen from the extension's service worker the test evaluates in. */
declare const chrome: {
  storage: {
    managed: { get(): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
  };
};

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const SCHOOL_PORTAL = 'https://portal.school.example.edu.cn';

describe('a managed-storage policy from the school', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let keyed: { dir: string; id: string };
  let policyFile: string;
  let dashboard: DashboardPage;

  beforeAll(async () => {
    keyed = await keyedCopy(CHROME_DEMO_BUILD);
    policyFile = join(POLICY_DIR, `studytrail-e2e-${keyed.id}.json`);
    await mkdir(POLICY_DIR, { recursive: true });
    const policy = {
      '3rdparty': { extensions: { [keyed.id]: { portalOrigins: [SCHOOL_PORTAL], platforms: ['enaea'] } } },
    };
    await writeFile(policyFile, JSON.stringify(policy));
    // Chromium defers a policy file changed in the last few seconds until it settles: date it back a minute.
    const settled = new Date(Date.now() - 60_000);
    await utimes(policyFile, settled, settled);
    chromium = await launchChromium({ extensionDir: keyed.dir });
  });

  afterAll(async () => {
    await chromium?.close();
    if (policyFile) await rm(policyFile, { force: true });
    if (keyed) await rm(keyed.dir, { recursive: true, force: true });
  });

  it('the test build runs under its own id, the one the policy names', () => {
    expect(chromium.extension.id).toBe(keyed.id);
  });

  it('the extension reads the policy from storage.managed (Chromium loads policy after start-up)', async () => {
    const worker = await chromium.extension.worker();
    if (!worker) throw new Error('the service worker did not start');
    const managed = await waitFor(
      () => worker.evaluate(() => chrome.storage.managed.get()),
      (value) => Object.keys(value).length > 0,
      30_000,
    );
    expect(managed).toEqual({ portalOrigins: [SCHOOL_PORTAL], platforms: ['enaea'] });
  });

  it('Settings shows the school portal and the platform as set by the school, without a way to remove them', async () => {
    // Settings written without the school's values (a learner switching the platform off, a restore): the
    // policy is applied again at once.
    await chromium.extension.setSettings({ locale: 'zh_CN', enabledPlatforms: { enaea: false } });
    dashboard = await DashboardPage.open(chromium.browser, chromium.extension, '#/settings');
    const page = dashboard.page;
    await page.waitForSelector('li.portal [data-testid="set-by-school"]', { timeout: 15_000 });
    const portal = await page.$eval('li.portal', (row) => ({
      text: row.textContent ?? '',
      mark: row.querySelector('[data-testid="set-by-school"]')?.textContent,
      buttons: [...row.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? ''),
    }));
    expect(portal.text).toContain(SCHOOL_PORTAL);
    expect(portal.mark).toBe('由学校设置');
    expect(
      portal.buttons.some((label) => label.includes('移除') || label.toLowerCase().includes('remove')),
    ).toBe(false);

    await page.waitForFunction(
      () => {
        const box = document.querySelector<HTMLInputElement>('#preset-enabled-enaea');
        return box?.checked === true && box.disabled;
      },
      { timeout: 15_000 },
    );
    const mark = await page.$eval(
      '#preset-enabled-enaea',
      (box) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(mark).toBe('由学校设置');
    // The picture of docs/deploy.zh-CN.md: the school portal as a counselor sees it.
    const portalSection = await page.$('section.portal-section');
    await portalSection?.screenshot({
      path: join(PROJECT_ROOT, 'docs/store/screenshots/deploy-set-by-school.png'),
    });
  });

  it('the stored settings carry the school portal and platform again, so tracking and the bridge use them', async () => {
    const worker = await chromium.extension.worker();
    if (!worker) throw new Error('the service worker did not start');
    const settings = await waitFor(
      () =>
        worker.evaluate(
          async () =>
            (await chrome.storage.local.get('settings')).settings as {
              portalOrigins: string[];
              enabledPlatforms: Record<string, boolean>;
            },
        ),
      (value) => value.enabledPlatforms.enaea === true,
      15_000,
    );
    expect(settings.portalOrigins).toContain(SCHOOL_PORTAL);
    expect(settings.enabledPlatforms.enaea).toBe(true);
  });
});
