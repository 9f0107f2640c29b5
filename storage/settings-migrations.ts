/**
 * The settings format version this build writes. Version 1 is the shape stored before settings carried a
 * `version` field; a stored object without one is version 1.
 */
export const SETTINGS_VERSION = 2;

type StoredSettings = Record<string, unknown>;

/** One step of the chain: a stored object of version N becomes version N + 1. Returns a new object. */
export type SettingsUpgrade = (stored: StoredSettings) => StoredSettings;

/**
 * `SETTINGS_UPGRADES[i]` upgrades stored settings of version i + 1 to version i + 2. A field that is renamed
 * or reshaped gets a step here, so its value moves with it instead of silently falling back to its default.
 * Each step is tested with a fixture of the old shape (tests/unit/fixtures/settings/v<N>.json).
 */
export const SETTINGS_UPGRADES: readonly SettingsUpgrade[] = [
  // 1 → 2: the same fields, now stamped with their version; nothing is renamed.
  (stored) => ({ ...stored }),
];

const isRecord = (value: unknown): value is StoredSettings =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The version a stored object claims: 1 without a `version`, undefined when it is not a usable number. */
export function storedVersion(stored: StoredSettings): number | undefined {
  if (!('version' in stored)) return 1;
  const { version } = stored;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined;
}

export type SettingsMigration = {
  /** The stored value brought to `target`, still unvalidated (the schema fills in and repairs fields). */
  value: unknown;
  /** True when the stored object was older than `target` and should be written back once. */
  upgraded: boolean;
};

/**
 * Runs the steps from the stored object's version up to `target`. Anything that is not an object, an object
 * with an unusable `version`, or one newer than this build (written by a later version) passes through
 * unchanged and is not written back: the schema then keeps what it understands, field by field.
 */
export function migrateSettings(
  stored: unknown,
  upgrades: readonly SettingsUpgrade[] = SETTINGS_UPGRADES,
  target: number = SETTINGS_VERSION,
): SettingsMigration {
  if (!isRecord(stored)) return { value: stored, upgraded: false };
  const version = storedVersion(stored);
  if (version === undefined || version >= target) return { value: stored, upgraded: false };
  let value = stored;
  for (let from = version; from < target; from += 1) {
    const step = upgrades[from - 1];
    if (!step) throw new Error(`No settings upgrade from version ${from} to ${from + 1}`);
    value = { ...step(value), version: from + 1 };
  }
  return { value, upgraded: true };
}
