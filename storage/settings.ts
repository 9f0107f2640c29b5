import { browser } from '#imports';
import { parseSettings, readSettings, type Settings } from './schemas/settings';

const KEY = 'settings';

/**
 * Reads settings from `chrome.storage.local`, upgrading an older stored version (written back once, so the
 * next read finds the current version) and falling back to defaults field by field.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  const { settings, upgraded } = readSettings(stored[KEY]);
  if (upgraded) {
    // A failed write-back costs nothing now (the upgraded settings are returned) and is retried next read.
    await browser.storage.local.set({ [KEY]: settings }).catch((error: unknown) => {
      console.warn('StudyTrail: could not write back upgraded settings', error);
    });
  }
  return settings;
}

/** Saves a change; the stored object is always a whole, valid settings object. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the parsed settings on every change, without reloading the extension. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
