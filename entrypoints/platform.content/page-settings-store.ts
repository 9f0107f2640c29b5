import { browser } from '#imports';
import { type PageSettings, readPageSettings } from './page-settings';

const KEY = 'settings';

/** Reads the page's settings from `chrome.storage.local` (written, validated, by the extension's pages). */
export async function loadPageSettings(): Promise<PageSettings> {
  const stored = await browser.storage.local.get(KEY);
  return readPageSettings(stored[KEY]);
}

/** Calls back with the page's settings on every change. Returns an unsubscribe. */
export function watchPageSettings(onChange: (settings: PageSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(readPageSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
