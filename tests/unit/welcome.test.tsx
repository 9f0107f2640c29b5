// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeView } from '@/components/onboarding/WelcomeView';
import { setupWelcome, WELCOME_PATH } from '@/entrypoints/background/welcome';
import { PRESETS } from '@/storage/platforms/presets';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';

describe('welcome guide', () => {
  let root: HTMLDivElement;
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it.each([
    [
      'en',
      'What is never recorded',
      'Page text, screenshots, audio or video.',
      'Pin StudyTrail to the toolbar',
    ],
    ['zh_CN', '从不记录什么', '页面正文、截图、音频和视频。', '把学迹固定到工具栏'],
  ] as const)(
    'in %s says what is recorded, what never is, where data lives, how to pin',
    async (locale, never, what, pin) => {
      const save = vi.fn(async () => undefined);
      const setPresetEnabled = vi.fn(async () => undefined);
      await act(() =>
        render(
          <WelcomeView
            locale={locale}
            settings={DEFAULT_SETTINGS}
            presets={PRESETS}
            ruleActions={{ setPresetEnabled }}
            save={save}
            doneHash="#/"
          />,
          root,
        ),
      );
      const text = root.textContent ?? '';
      for (const part of [never, what, pin]) expect(text).toContain(part);
      // A platform switch and the goal unit are saved at once.
      const box = root.querySelector(`#preset-enabled-${PRESETS[0]?.id}`) as HTMLInputElement;
      box.checked = false;
      await act(() => {
        box.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect(setPresetEnabled).toHaveBeenCalledWith(PRESETS[0]?.id, false);
      await act(() => (root.querySelector('#goal-unit-classHours') as HTMLInputElement).click());
      expect(save).toHaveBeenCalledWith({ goalUnit: 'classHours' });
    },
  );

  it('opens on first install only, not on an update', async () => {
    const created: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (props) => {
      created.push(`${props.url ?? ''} active=${String(props.active)}`);
      return {} as never;
    });
    setupWelcome();
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.1',
    });
    expect(created).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(created).toEqual([`${fakeBrowser.runtime.getURL(WELCOME_PATH)} active=false`]);
  });
});
