import type { Settings } from '@/storage/schemas/settings';

/**
 * Stores a change to the settings, given by the page that mounts the settings UI (the dashboard calls
 * storage/settings.ts `saveSettings`); components never touch storage themselves.
 */
export type SaveSettings = (change: Partial<Settings>) => Promise<unknown>;
