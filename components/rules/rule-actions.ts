import type { CustomRule } from '@/storage/schemas/settings';

/**
 * What the rules UI may do, given by the page that mounts it: components never touch storage or
 * browser APIs themselves, and tests pass their own.
 */
export interface RuleActions {
  /**
   * Asks the browser for host permissions. Must be called synchronously in the click or submit handler:
   * browsers refuse the prompt once the user gesture is lost across an `await`.
   */
  requestOrigins(origins: string[]): Promise<boolean>;
  hasOrigins(origins: string[]): Promise<boolean>;
  /** Gives host permissions back; a failure only costs privilege, never data. */
  releaseOrigins(origins: string[]): Promise<void>;
  /** Saves the user rules as `update` makes them from the freshly stored ones. */
  updateRules(update: (rules: CustomRule[]) => CustomRule[]): Promise<void>;
  setPresetEnabled(id: string, enabled: boolean): Promise<void>;
}
