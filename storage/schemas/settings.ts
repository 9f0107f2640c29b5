import {
  migrateSettings,
  SETTINGS_UPGRADES,
  SETTINGS_VERSION,
  type SettingsUpgrade,
} from '../settings-migrations';
import { storedLearnerSchema } from './learner';
import { platformRuleSchema } from './platform-rule';
import {
  COUNT_BACKGROUND_AUDIO_DEFAULT,
  CUSTOM_RULE_ENABLED_DEFAULT,
  HEARTBEAT_SECONDS,
  IDLE_SECONDS,
  PAUSED_DEFAULT,
} from './tracking-settings';
import { z } from './zod';

/** A plain object, or {} for anything else, so each field can fall back on its own. */
const asObject = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** An array keeping only the items that parse: one bad rule never costs the others. */
function lenientArray<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (Array.isArray(value) ? value.filter((entry) => item.safeParse(entry).success) : []),
    z.array(item),
  );
}

const timeZoneSchema = z
  .string()
  .refine((zone) => {
    if (zone === 'auto') return true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  })
  .catch('auto');

export const customRuleSchema = platformRuleSchema.extend({
  enabled: z.boolean().catch(CUSTOM_RULE_ENABLED_DEFAULT),
});

export const reflectionSettingsSchema = z.preprocess(
  asObject,
  z.object({
    enabled: z.boolean().catch(true),
    /** Minutes of real study before the reflection card is offered. */
    afterMinutes: z.number().int().min(5).max(240).catch(25),
    maxPerDay: z.number().int().min(1).max(20).catch(3),
    snoozeMinutes: z.number().int().min(1).max(240).catch(10),
  }),
);

/**
 * Everything the user can set, stored in `chrome.storage.local` under `settings`. Invalid or unknown
 * stored values fall back to their defaults field by field, never thrown at the user.
 */
export const settingsSchema = z.preprocess(
  asObject,
  z.object({
    /** Format version (storage/settings-migrations.ts); older stored objects are upgraded before parsing. */
    version: z.literal(SETTINGS_VERSION).catch(SETTINGS_VERSION),
    /** Seconds without input after which a page without playing media stops counting. */
    idleSeconds: z.number().int().min(IDLE_SECONDS.min).max(IDLE_SECONDS.max).catch(IDLE_SECONDS.fallback),
    /** Seconds between heartbeats of an engaged tab. */
    heartbeatSeconds: z
      .number()
      .int()
      .min(HEARTBEAT_SECONDS.min)
      .max(HEARTBEAT_SECONDS.max)
      .catch(HEARTBEAT_SECONDS.fallback),
    countBackgroundAudio: z.boolean().catch(COUNT_BACKGROUND_AUDIO_DEFAULT),
    weeklyGoalMinutes: z.number().int().min(0).max(10080).catch(180),
    goalUnit: z.enum(['minutes', 'classHours']).catch('minutes'),
    /** A training plan's id whose weekly pace needed is the weekly goal; '' keeps `weeklyGoalMinutes`. */
    goalFollowsPlan: z.string().max(200).catch(''),
    /** Notifications when a plan's pace needed passes the best week, and a week before its deadline. */
    planReminders: z.boolean().catch(true),
    /** Minutes in one class hour (学时). */
    classHourMinutes: z.number().int().min(1).max(120).catch(45),
    reflection: reflectionSettingsSchema.catch(() => reflectionSettingsSchema.parse({})),
    /** Preset id → enabled; a preset missing here is enabled. */
    enabledPlatforms: z.preprocess(asObject, z.record(z.string(), z.boolean())).catch({}),
    customRules: lenientArray(customRuleSchema).catch([]),
    portalOrigins: lenientArray(z.url({ protocol: /^https?$/ })).catch([]),
    shareLevel: z.enum(['minutes', 'courses', 'topics']).catch('minutes'),
    /** Allowed portal origins whose sharing the learner switched off: their widget shows "consent needed". */
    portalSharingOff: lenientArray(z.string()).catch([]),
    /** IANA time zone, or 'auto' for the browser's own. */
    timeZone: timeZoneSchema,
    locale: z.enum(['auto', 'zh_CN', 'en']).catch('auto'),
    paused: z.boolean().catch(PAUSED_DEFAULT),
    /** ms since epoch when a timed pause ends by itself (storage/tracking/pause.ts); absent: until resumed. */
    pausedUntil: z.number().int().positive().optional().catch(undefined),
    /** A notification on `weekday` (1 = Monday … 7 = Sunday) at 09:00 that last week's digest is ready. */
    weeklyReminder: z
      .preprocess(
        asObject,
        z.object({
          enabled: z.boolean().catch(true),
          weekday: z.number().int().min(1).max(7).catch(1),
        }),
      )
      .catch({ enabled: true, weekday: 1 }),
    /** Who hands in the digest (name, 工号, unit), each optional; only set fields go into a digest. */
    learner: z.preprocess(asObject, storedLearnerSchema).catch({}),
    /** "I organise a training": shows the ledger (参训台账) view for collecting many learners' digests. */
    organisesTraining: z.boolean().catch(false),
  }),
);

export type Settings = z.infer<typeof settingsSchema>;
export type CustomRule = z.infer<typeof customRuleSchema>;

/** Brings stored settings of any version to the current one and parses them; never throws. */
export function readSettings(
  stored: unknown,
  upgrades: readonly SettingsUpgrade[] = SETTINGS_UPGRADES,
  target: number = SETTINGS_VERSION,
): { settings: Settings; upgraded: boolean } {
  let migration: { value: unknown; upgraded: boolean };
  try {
    migration = migrateSettings(stored, upgrades, target);
  } catch {
    // A step that cannot handle a hand-edited value must not cost the user their settings: parse as stored.
    migration = { value: stored, upgraded: false };
  }
  return { settings: settingsSchema.parse(migration.value), upgraded: migration.upgraded };
}

/** Parses whatever is stored, of any version; never throws. */
export function parseSettings(stored: unknown): Settings {
  return readSettings(stored).settings;
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});
