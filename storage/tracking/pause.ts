/** The settings that say whether tracking is paused. */
export interface PauseSettings {
  paused: boolean;
  /** ms since epoch when a timed pause ends by itself; absent for a pause until resumed. */
  pausedUntil?: number;
}

/**
 * Whether tracking is paused at `now`: the one reading of the pause for the background, every page and the
 * popup, so a timed pause ends at its moment everywhere even when nothing rewrites the settings.
 */
export function isPaused(settings: PauseSettings, now: number): boolean {
  if (!settings.paused) return false;
  return settings.pausedUntil === undefined || now < settings.pausedUntil;
}
