import type { PlatformRule } from '@/storage/schemas/platform-rule';
import {
  COUNT_BACKGROUND_AUDIO_DEFAULT,
  CUSTOM_RULE_ENABLED_DEFAULT,
  HEARTBEAT_SECONDS,
  IDLE_SECONDS,
  PAUSED_DEFAULT,
} from '@/storage/schemas/tracking-settings';
import { migrateSettings } from '@/storage/settings-migrations';
import type { TopFrameSettings } from './top-frame';

/** The settings a page needs, nothing else. */
export type PageSettings = TopFrameSettings;

type Stored = Record<string, unknown>;

const isRecord = (value: unknown): value is Stored =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function integerIn(value: unknown, limits: { min: number; max: number; fallback: number }): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= limits.min && value <= limits.max
    ? value
    : limits.fallback;
}

const booleanOr = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isSelector = (value: unknown) => value === undefined || (isRecord(value) && isString(value.selector));

/**
 * A stored user rule in the shape the page uses, or null. Stored settings are validated in full when they
 * are saved or restored (storage/schemas/settings.ts); this only makes sure the page never trips on a value.
 */
function customRule(value: unknown): (PlatformRule & { enabled: boolean }) | null {
  if (!isRecord(value) || !isString(value.id) || !isString(value.name)) return null;
  const { matches, titlePattern } = value;
  if (!Array.isArray(matches) || matches.length === 0 || !matches.every(isString)) return null;
  if (titlePattern !== undefined && typeof titlePattern !== 'string') return null;
  if (![value.courseTitle, value.lessonTitle, value.awayDialog].every(isSelector)) return null;
  return { ...(value as PlatformRule), enabled: booleanOr(value.enabled, CUSTOM_RULE_ENABLED_DEFAULT) };
}

/**
 * The content script's reader of stored settings: the same upgrade steps, limits and defaults as the full
 * settings schema, for the fields a page uses, with plain checks (no zod in every frame of every lesson).
 */
export function readPageSettings(stored: unknown): PageSettings {
  const { value } = migrateSettings(stored);
  const settings = isRecord(value) ? value : {};
  const enabled = settings.enabledPlatforms;
  const rules = settings.customRules;
  return {
    idleSeconds: integerIn(settings.idleSeconds, IDLE_SECONDS),
    heartbeatSeconds: integerIn(settings.heartbeatSeconds, HEARTBEAT_SECONDS),
    countBackgroundAudio: booleanOr(settings.countBackgroundAudio, COUNT_BACKGROUND_AUDIO_DEFAULT),
    paused: booleanOr(settings.paused, PAUSED_DEFAULT),
    pausedUntil:
      typeof settings.pausedUntil === 'number' &&
      Number.isInteger(settings.pausedUntil) &&
      settings.pausedUntil > 0
        ? settings.pausedUntil
        : undefined,
    // Like the schema: one value that is not a boolean voids the whole map.
    enabledPlatforms:
      isRecord(enabled) && Object.values(enabled).every((flag) => typeof flag === 'boolean')
        ? (enabled as Record<string, boolean>)
        : {},
    customRules: Array.isArray(rules)
      ? rules.map(customRule).filter((rule): rule is PlatformRule & { enabled: boolean } => rule !== null)
      : [],
  };
}
