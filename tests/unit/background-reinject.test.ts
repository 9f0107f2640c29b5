import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type Injection,
  type OpenTab,
  planInjections,
  setupReinjection,
} from '@/entrypoints/background/reinject';
import { type CustomRule, DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';

const SCRIPT = 'content-scripts/platform.js';
const MANIFEST_SCRIPTS = [{ matches: ['*://study.enaea.edu.cn/*'], js: [SCRIPT], all_frames: true }];
const LESSON = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1';

const userRule: CustomRule = {
  id: 'user-province',
  name: '省平台',
  matches: ['*://train.example.edu.cn/course/*'],
  enabled: true,
};

/** setupReinjection over fake-browser's runtime events, with tabs and `scripting` stood in. */
function start(tabs: OpenTab[], settings: Settings = DEFAULT_SETTINGS) {
  const executed: Injection[] = [];
  const handle = setupReinjection(
    () => settings,
    Promise.resolve(),
    {
      tabs: async () => tabs,
      manifestScripts: () => MANIFEST_SCRIPTS,
      execute: async (injection) => {
        if (injection.tabId === 99) throw new Error('Cannot access contents of the page');
        executed.push(injection);
      },
    },
    false,
  );
  return { executed, handle };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the platform script after an install or update', () => {
  it.each(['install', 'update'] as const)(
    'is run in open platform tabs on %s, in all frames as the manifest says',
    async (reason) => {
      const { executed, handle } = start([
        { id: 1, url: LESSON },
        { id: 2, url: 'https://example.com/' },
        { id: 3, url: 'chrome://extensions/' },
      ]);
      await fakeBrowser.runtime.onInstalled.trigger(
        reason === 'update' ? { reason, previousVersion: '0.0.9' } : { reason },
      );
      await handle.injected();
      expect(executed).toEqual([{ tabId: 1, files: [SCRIPT], allFrames: true }]);
    },
  );

  it('is not run on a browser update or a shared-module update', async () => {
    const { executed, handle } = start([{ id: 1, url: LESSON }]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(handle.injected()).toBeUndefined();
    expect(executed).toEqual([]);
  });

  it('skips disabled platforms and follows a user rule and its frames', async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      enabledPlatforms: { enaea: false },
      customRules: [userRule],
    };
    const { executed, handle } = start(
      [
        { id: 1, url: LESSON },
        { id: 4, url: 'https://train.example.edu.cn/course/7' },
      ],
      settings,
    );
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await handle.injected();
    expect(executed).toEqual([{ tabId: 4, files: [SCRIPT], allFrames: false }]);
  });

  it('one tab refusing the script does not stop the others', async () => {
    const { executed, handle } = start([
      { id: 99, url: LESSON },
      { id: 5, url: LESSON },
    ]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await handle.injected();
    expect(executed.map((injection) => injection.tabId)).toEqual([5]);
  });
});

describe('planInjections', () => {
  it('needs the built script: without a manifest entry nothing is run', () => {
    expect(planInjections([{ id: 1, url: LESSON }], [], DEFAULT_SETTINGS)).toEqual([]);
  });

  it('never runs in incognito tabs or tabs without an id or URL', () => {
    expect(
      planInjections(
        [{ id: 1, url: LESSON, incognito: true }, { url: LESSON }, { id: 2 }],
        MANIFEST_SCRIPTS,
        DEFAULT_SETTINGS,
      ),
    ).toEqual([]);
  });
});
