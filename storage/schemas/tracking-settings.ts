/**
 * Limits and defaults of the settings that decide counting, in one place: the settings schema and the
 * content script's small reader (which carries no zod) both take them from here.
 */

/** Seconds without input after which a page without playing media stops counting. */
export const IDLE_SECONDS = { min: 15, max: 3600, fallback: 180 } as const;
/** Seconds between heartbeats of an engaged tab. */
export const HEARTBEAT_SECONDS = { min: 5, max: 60, fallback: 15 } as const;
export const COUNT_BACKGROUND_AUDIO_DEFAULT = false;
export const PAUSED_DEFAULT = false;
/** A user rule stored without `enabled` is on. */
export const CUSTOM_RULE_ENABLED_DEFAULT = true;
