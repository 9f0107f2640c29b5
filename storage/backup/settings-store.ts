import type { Settings } from '../schemas/settings';

/**
 * Where the settings live, passed to the backup repository so its database code also runs without the
 * extension APIs (the bench in plain Node). The extension passes `extensionSettingsStore`.
 */
export interface SettingsStore {
  /** The stored settings, defaults filled in. */
  load(): Promise<Settings>;
  /** Stores exactly these settings. */
  replace(settings: Settings): Promise<void>;
  /** Removes the stored settings, so every field is back at its default. */
  clear(): Promise<void>;
}
