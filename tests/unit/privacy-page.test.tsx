// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeView } from '@/components/onboarding/WelcomeView';
import { PrivacyPolicy } from '@/components/privacy/PrivacyPolicy';
import { SettingsView } from '@/components/settings/SettingsView';
import { translate } from '@/storage/i18n';
import { PRESETS } from '@/storage/platforms/presets';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

describe('the privacy policy inside the extension', () => {
  it.each(['en', 'zh_CN'] as const)(
    'in %s says what is recorded, never, where, what leaves, how to erase',
    (locale) => {
      act(() => render(<PrivacyPolicy locale={locale} />, container));
      const text = (id: string) =>
        container.querySelector(`[data-testid="privacy-${id}"]`)?.textContent ?? '';
      expect(container.querySelector('h1')?.textContent).toBe(translate(locale, 'privacy_title'));
      expect(text('recorded')).toContain(translate(locale, 'privacy_recorded1'));
      expect(text('never')).toContain(translate(locale, 'privacy_never1'));
      expect(text('where')).toContain(translate(locale, 'privacy_where'));
      expect(text('leaves')).toContain(translate(locale, 'privacy_leaves3'));
      expect(text('school')).toContain(translate(locale, 'privacy_school'));
      expect(text('erase')).toContain(translate(locale, 'privacy_erase'));
    },
  );

  it('is linked from the welcome guide and from Settings', async () => {
    fakeBrowser.reset();
    const save = vi.fn(async () => undefined);
    const ruleActions = {
      setPresetEnabled: vi.fn(async () => undefined),
      addRule: vi.fn(),
      updateRule: vi.fn(),
      deleteRule: vi.fn(),
      setRuleEnabled: vi.fn(),
    };
    act(() =>
      render(
        <WelcomeView
          locale="en"
          settings={DEFAULT_SETTINGS}
          presets={PRESETS}
          ruleActions={ruleActions}
          save={save}
          doneHash="#/week"
        />,
        container,
      ),
    );
    await flush();
    const welcomeLink = container.querySelector<HTMLAnchorElement>('[data-testid="privacy-link"]');
    expect(welcomeLink?.getAttribute('href')).toBe('/privacy.html');
    expect(welcomeLink?.textContent).toBe(translate('en', 'privacy_link'));

    act(() =>
      render(
        <SettingsView
          locale="zh_CN"
          settings={DEFAULT_SETTINGS}
          presets={PRESETS}
          ruleActions={ruleActions as never}
          save={save}
        />,
        container,
      ),
    );
    await flush();
    const settingsLink = container.querySelector<HTMLAnchorElement>('[data-testid="privacy-link"]');
    expect(settingsLink?.getAttribute('href')).toBe('/privacy.html');
    expect(settingsLink?.textContent).toBe(translate('zh_CN', 'privacy_link'));
  });
});
