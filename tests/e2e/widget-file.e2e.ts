import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlainChromium } from '../bench/plain-chromium';
import { startFixtureServer } from '../fixtures/server.mjs';
import { WidgetPage } from './pages/widget-page.mjs';

/*
 * The portal widget in Chromium with no extension installed (the demo portal, tests/fixtures/portal/):
 * a snapshot or digest file at `src`, inline JSON, and the extension mode with nothing to answer.
 * The widget bundle is `npm run build:widget`'s, served by the fixture server at /widget/.
 */

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let chromium: Awaited<ReturnType<typeof launchPlainChromium>>;
beforeAll(async () => {
  server = await startFixtureServer();
  chromium = await launchPlainChromium({ headless: true });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('portal widget without the extension', () => {
  it('src mode: shows a snapshot file (class hours, streak, courses) and a digest file projected', async () => {
    const portal = await WidgetPage.open(chromium.browser, `${server.origin}/portal/file.html`);
    await portal.waitForState('ready', { selector: '#snapshot' });
    await portal.waitForState('ready', { selector: '#digest' });
    const snapshot = await portal.text('#snapshot');
    expect(snapshot).toContain('5.5 / 4.4 学时');
    expect(snapshot).toContain('连续学习 8 天');
    expect(snapshot).toContain('大学生心理健康教育');
    const digest = await portal.text('#digest');
    expect(digest).toContain('247 of 200 min');
    expect(digest).not.toContain('大学生心理健康教育');
    await portal.page.close();
  });

  it('inline mode: renders the JSON child at 240 px without overflowing sideways', async () => {
    const portal = await WidgetPage.open(chromium.browser, `${server.origin}/portal/inline.html`);
    await portal.waitForState('ready');
    expect(await portal.text()).toContain('5.5 / 4.4 学时');
    expect(await portal.width()).toBe(240);
    expect(await portal.overflowsSideways()).toBe(false);
    await portal.page.close();
  });

  it('extension mode: says "not connected" within 2 s when nothing answers', async () => {
    const portal = await WidgetPage.open(chromium.browser, `${server.origin}/portal/extension.html`);
    // The 2 s of the requirement, counted from the page's DOMContentLoaded (the widget starts before it).
    await portal.waitForState('not-connected', { timeout: 2000 });
    const text = await portal.text();
    expect(text).toContain('未连接学迹扩展');
    expect(text).toContain(server.origin);
    await portal.page.close();
  });

  it('the demo portal shows all three modes side by side', async () => {
    const portal = await WidgetPage.open(chromium.browser, `${server.origin}/portal/`);
    const states = () =>
      portal.page.$$eval('studytrail-progress', (elements) =>
        elements.map((el) => el.shadowRoot?.querySelector('section')?.dataset.state),
      );
    await portal.page.waitForFunction(
      () =>
        [...document.querySelectorAll('studytrail-progress')].every(
          (el) => el.shadowRoot?.querySelector('section')?.dataset.state !== 'loading',
        ),
      { timeout: 15_000 },
    );
    expect(await states()).toEqual(['not-connected', 'ready', 'ready', 'ready']);
    await portal.page.close();
  });
});
