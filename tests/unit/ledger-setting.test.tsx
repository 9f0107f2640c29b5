// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { LedgerLoader, type LedgerModule } from '@/components/ledger/LedgerLoader';
import { LedgerSection } from '@/components/settings/LedgerSection';
import { DashboardNav } from '@/entrypoints/dashboard/DashboardNav';
import { parseRoute, routeHash } from '@/entrypoints/dashboard/route';
import { translate } from '@/storage/i18n';
import { DEFAULT_SETTINGS, parseSettings } from '@/storage/schemas/settings';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const hrefs = () => [...container.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));

describe('the organiser setting and the ledger view', () => {
  it('is off by default, and a bad stored value falls back to off without touching other fields', () => {
    expect(DEFAULT_SETTINGS.organisesTraining).toBe(false);
    const parsed = parseSettings({ organisesTraining: 'yes', weeklyGoalMinutes: 240 });
    expect(parsed.organisesTraining).toBe(false);
    expect(parsed.weeklyGoalMinutes).toBe(240);
    expect(parseSettings({ organisesTraining: true }).organisesTraining).toBe(true);
  });

  it('#/ledger is its own route', () => {
    expect(parseRoute('#/ledger')).toEqual({ view: 'ledger' });
    expect(routeHash({ view: 'ledger' })).toBe('#/ledger');
  });

  it('the navigation lists the ledger only for an organiser', () => {
    act(() => render(<DashboardNav locale="en" route={{ view: 'week' }} />, container));
    expect(hrefs()).not.toContain('#/ledger');
    act(() => render(<DashboardNav locale="en" route={{ view: 'ledger' }} organiser />, container));
    expect(hrefs()).toContain('#/ledger');
    const current = container.querySelector('a[aria-current="page"]');
    expect(current?.textContent).toBe(translate('en', 'nav_ledger'));
  });

  it('the settings box saves the choice', () => {
    const save = vi.fn(async () => undefined);
    act(() => render(<LedgerSection locale="en" organisesTraining={false} save={save} />, container));
    const box = container.querySelector<HTMLInputElement>('#organises-training');
    expect(container.querySelector('label[for="organises-training"]')?.textContent).toBe(
      translate('en', 'settings_ledgerToggle'),
    );
    act(() => box?.click());
    expect(save).toHaveBeenCalledWith({ organisesTraining: true });
  });

  it('with the setting off the view says where to turn it on and loads no ledger code', async () => {
    const load = vi.fn(async (): Promise<LedgerModule> => ({ LedgerPage: () => <p>ledger</p> }));
    act(() => render(<LedgerLoader locale="en" settings={DEFAULT_SETTINGS} load={load} />, container));
    await flush();
    expect(load).not.toHaveBeenCalled();
    expect(container.querySelector('a[href="#/settings"]')).not.toBeNull();

    const on = { ...DEFAULT_SETTINGS, organisesTraining: true };
    act(() => render(<LedgerLoader locale="en" settings={on} load={load} />, container));
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('ledger');
  });
});
