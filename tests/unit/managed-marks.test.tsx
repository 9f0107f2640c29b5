// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PortalSection } from '@/components/portal/PortalSection';
import type { PortalActions } from '@/components/portal/portal-actions';
import { PresetList } from '@/components/rules/PresetList';
import { translate } from '@/storage/i18n';
import type { ManagedPolicy } from '@/storage/managed/managed-policy';
import { PRESETS } from '@/storage/platforms/presets';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { container, flush, useContainer } from './support/dom-container';

const policy: { current: ManagedPolicy } = { current: { portalOrigins: [], platforms: [] } };
// The browser's storage.managed, as a school's policy would fill it.
vi.mock('@/storage/managed/read-managed-policy', () => ({
  readManagedPolicy: async () => policy.current,
  watchManagedPolicy: () => () => undefined,
}));

useContainer();

const SCHOOL = 'https://portal.school.edu.cn';
const MINE = 'https://mine.edu.cn';

function portalActions() {
  return {
    requestOrigins: vi.fn(async () => true),
    hasOrigins: vi.fn(async () => true),
    releaseOrigins: vi.fn(async () => {}),
    updatePortal: vi.fn(async () => DEFAULT_SETTINGS),
    saveSnapshot: vi.fn(async () => undefined),
  } satisfies PortalActions;
}

describe('what the school set is shown as set by the school', () => {
  beforeEach(() => {
    policy.current = { portalOrigins: [SCHOOL], platforms: ['enaea'] };
  });

  it.each(['en', 'zh_CN'] as const)(
    'in %s: the school portal is marked and has no remove button; the learner’s own portal keeps its button',
    async (locale) => {
      const actions = portalActions();
      act(() =>
        render(
          <PortalSection
            locale={locale}
            settings={{ ...DEFAULT_SETTINGS, portalOrigins: [MINE, SCHOOL] }}
            actions={actions}
          />,
          container,
        ),
      );
      await flush();
      const rows = [...container.querySelectorAll('li.portal')];
      const school = rows.find((row) => row.textContent?.includes(SCHOOL));
      const mine = rows.find((row) => row.textContent?.includes(MINE));
      expect(school?.querySelector('[data-testid="set-by-school"]')?.textContent).toBe(
        translate(locale, 'managed_setBySchool'),
      );
      expect(
        school?.querySelector(`button[aria-label="${translate(locale, 'portal_removeLabel', SCHOOL)}"]`),
      ).toBe(null);
      expect(mine?.querySelector('[data-testid="set-by-school"]')).toBe(null);
      expect(
        mine?.querySelector(`button[aria-label="${translate(locale, 'portal_removeLabel', MINE)}"]`),
      ).not.toBe(null);
    },
  );

  it('a platform the school keeps on is shown on, locked and marked, even if the learner had switched it off', async () => {
    const setPresetEnabled = vi.fn(async () => undefined);
    act(() =>
      render(
        <PresetList
          locale="en"
          presets={PRESETS}
          enabledPlatforms={{ enaea: false, smartedu: false }}
          actions={{ setPresetEnabled }}
        />,
        container,
      ),
    );
    await flush();
    const enaea = container.querySelector<HTMLInputElement>('#preset-enabled-enaea');
    const smartedu = container.querySelector<HTMLInputElement>('#preset-enabled-smartedu');
    expect(enaea?.checked).toBe(true);
    expect(enaea?.disabled).toBe(true);
    expect(container.querySelector(`#${enaea?.getAttribute('aria-describedby')}`)?.textContent).toBe(
      translate('en', 'managed_setBySchool'),
    );
    expect(smartedu?.checked).toBe(false);
    expect(smartedu?.disabled).toBe(false);
  });

  it('lists a school portal that is not in the stored settings yet, marked', async () => {
    act(() =>
      render(<PortalSection locale="en" settings={DEFAULT_SETTINGS} actions={portalActions()} />, container),
    );
    await flush();
    const row = [...container.querySelectorAll('li.portal')].find((li) => li.textContent?.includes(SCHOOL));
    expect(row?.querySelector('[data-testid="set-by-school"]')).not.toBe(null);
  });

  it('a school portal not yet granted asks to allow access, not to grant "again", and the button asks the browser', async () => {
    const actions = { ...portalActions(), hasOrigins: vi.fn(async () => false) };
    act(() =>
      render(
        <PortalSection
          locale="en"
          settings={{ ...DEFAULT_SETTINGS, portalOrigins: [SCHOOL] }}
          actions={actions}
        />,
        container,
      ),
    );
    await flush();
    const row = container.querySelector('li.portal');
    expect(row?.textContent).toContain(translate('en', 'managed_portalNeedsGrant'));
    expect(row?.textContent).not.toContain(translate('en', 'portal_permissionMissing'));
    const button = row?.querySelector<HTMLButtonElement>(
      `button[aria-label="${translate('en', 'managed_grantLabel', SCHOOL)}"]`,
    );
    act(() => button?.click());
    expect(actions.requestOrigins).toHaveBeenCalledWith(['https://portal.school.edu.cn/*']);
  });

  it('with no policy nothing is marked', async () => {
    policy.current = { portalOrigins: [], platforms: [] };
    act(() =>
      render(
        <PortalSection
          locale="en"
          settings={{ ...DEFAULT_SETTINGS, portalOrigins: [SCHOOL] }}
          actions={portalActions()}
        />,
        container,
      ),
    );
    await flush();
    expect(container.querySelector('[data-testid="set-by-school"]')).toBe(null);
  });
});
