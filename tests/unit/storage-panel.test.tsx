// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { type PersistentStorage, StoragePanel } from '@/components/data/StoragePanel';
import { translate } from '@/storage/i18n';
import { container, useContainer } from './support/dom-container';

useContainer();

/** A storage manager whose persistence a test decides. */
function fakeStorage(persisted: boolean, grants: boolean) {
  const state = { persisted, asked: 0 };
  const storage: PersistentStorage = {
    persisted: async () => state.persisted,
    persist: async () => {
      state.asked++;
      if (grants) state.persisted = true;
      return state.persisted;
    },
    estimate: async () => ({ usage: 3 * 2 ** 20, quota: 100 * 2 ** 20 }),
  };
  return { storage, state };
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('StoragePanel', () => {
  it.each(['zh_CN', 'en'] as const)(
    'says the data is kept when storage is persistent (%s)',
    async (locale) => {
      const { storage } = fakeStorage(true, true);
      await act(async () => render(<StoragePanel locale={locale} storage={storage} />, container));
      await settle();
      expect(byTestId('storage-state')?.dataset.persisted).toBe('true');
      expect(byTestId('storage-state')?.textContent).toBe(translate(locale, 'storagePersisted'));
      expect(container.textContent).toContain(translate(locale, 'storageUsage', '3.0', '100.0'));
      expect(byTestId('storage-persist')).toBeNull();
    },
  );

  it('warns when the data may be evicted and asks the browser to keep it on request', async () => {
    const { storage, state } = fakeStorage(false, true);
    await act(async () => render(<StoragePanel locale="en" storage={storage} />, container));
    await settle();
    expect(byTestId('storage-state')?.textContent).toBe(translate('en', 'storageNotPersisted'));
    await act(async () => byTestId('storage-persist')?.click());
    await settle();
    expect(state.asked).toBe(1);
    expect(byTestId('storage-state')?.dataset.persisted).toBe('true');
  });

  it('counts unlimitedStorage as kept: Chromium exempts it from eviction though persisted() says false', async () => {
    const { storage } = fakeStorage(false, false);
    await act(async () =>
      render(<StoragePanel locale="en" storage={{ ...storage, unlimited: async () => true }} />, container),
    );
    await settle();
    expect(byTestId('storage-state')?.dataset.persisted).toBe('true');
    expect(byTestId('storage-persist')).toBeNull();
  });

  it('says so as an alert when the browser refuses', async () => {
    const { storage } = fakeStorage(false, false);
    await act(async () => render(<StoragePanel locale="zh_CN" storage={storage} />, container));
    await settle();
    await act(async () => byTestId('storage-persist')?.click());
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      translate('zh_CN', 'storagePersistRefused'),
    );
  });

  it('says it cannot tell where the browser has no storage manager', async () => {
    await act(async () => render(<StoragePanel locale="en" storage={undefined} />, container));
    await settle();
    expect(byTestId('storage-state')?.textContent).toBe(translate('en', 'storagePersistUnknown'));
  });
});
