import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.mjs';
import { sleep } from './harness/time.mjs';

const ALARM = 'weekly-digest-reminder';

describe('the weekly digest reminder', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  const alarm = () => chromium.extension.alarm(ALARM);

  it('is armed by default for the next Monday at 09:00, and follows the settings', async () => {
    await sleep(500);
    const armed = await alarm();
    const at = new Date(armed.scheduledTime);
    expect(at.getDay()).toBe(1);
    expect([at.getHours(), at.getMinutes()]).toEqual([9, 0]);
    expect(armed.scheduledTime).toBeGreaterThan(Date.now());
    expect(armed.scheduledTime - Date.now()).toBeLessThanOrEqual(7 * 24 * 3_600_000);

    await chromium.extension.setSettings({ weeklyReminder: { enabled: true, weekday: 5 } });
    await sleep(500);
    expect(new Date((await alarm()).scheduledTime).getDay()).toBe(5);

    await chromium.extension.setSettings({ weeklyReminder: { enabled: false, weekday: 5 } });
    await sleep(500);
    expect(await alarm()).toBeUndefined();
  });

  it('opens the Digest view on a week from a link like the notification’s', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(chromium.extension.url('dashboard.html#/digest/2026-11-16'));
    await page.waitForSelector('[data-testid="digest-week"]');
    expect(await page.$eval('[data-testid="digest-week"]', (el) => el.textContent)).toContain('2026-11-22');
  });
});
