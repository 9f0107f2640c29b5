import type { Settings } from '@/storage/schemas/settings';

/** The settings the portal section changes. */
export type PortalSettings = Pick<Settings, 'portalOrigins' | 'portalSharingOff' | 'shareLevel'>;

/**
 * What the portal section may do, given by the page that mounts it: components never touch storage or
 * browser APIs themselves, and tests pass their own.
 */
export interface PortalActions {
  /**
   * Asks the browser for host permissions. Must be called synchronously in the submit handler: browsers
   * refuse the prompt once the user gesture is lost across an `await`.
   */
  requestOrigins(origins: string[]): Promise<boolean>;
  hasOrigins(origins: string[]): Promise<boolean>;
  /** Gives host permissions back; a failure only costs privilege, never data. */
  releaseOrigins(origins: string[]): Promise<void>;
  /** Saves what `update` makes of the freshly stored portal settings; resolves with the settings saved. */
  updatePortal(update: (current: PortalSettings) => Partial<PortalSettings>): Promise<Settings>;
  /** Saves this week's snapshot as a JSON file: its file name, or undefined when nothing is recorded. */
  saveSnapshot(): Promise<string | undefined>;
}
