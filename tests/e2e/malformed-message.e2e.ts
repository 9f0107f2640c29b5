import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.mjs';
import { PopupPage } from './pages/popup-page.mjs';

const validHeartbeat = {
  type: 'heartbeat',
  ts: Date.now(),
  engaged: true,
  kind: 'media',
  platformId: 'demo',
  courseKey: 'demo:course',
  courseTitle: 'Course',
  lessonKey: 'http://127.0.0.1/platform/lesson-1.html',
  lessonTitle: 'Lesson',
};

describe('messages into the background', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let popup: PopupPage;

  beforeAll(async () => {
    chromium = await launchChromium();
    popup = await PopupPage.open(chromium.browser, chromium.extension);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('rejects malformed messages, counts them and writes nothing', async () => {
    const before = await popup.sendMessage({ type: 'get-stats' });
    const malformed = [
      { type: 'heartbeat', ts: 'yesterday' },
      { ...validHeartbeat, kind: 'manual' },
      { ...validHeartbeat, ts: -5 },
      { type: 'drop-database' },
      'heartbeat',
      null,
    ];
    for (const message of malformed) {
      expect(await popup.sendMessage(message)).toEqual({ ok: false, error: 'invalid-message' });
    }
    const after = await popup.sendMessage({ type: 'get-stats' });
    expect(after.stats.invalidMessages - before.stats.invalidMessages).toBe(malformed.length);
    expect(await chromium.extension.sessions()).toEqual([]);
  });

  it('refuses a well-formed heartbeat that does not come from a content script', async () => {
    expect(await popup.sendMessage({ ...validHeartbeat, ts: Date.now() })).toEqual({
      ok: false,
      error: 'not-from-content-script',
    });
    expect(await chromium.extension.sessions()).toEqual([]);
  });
});
