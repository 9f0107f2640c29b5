import { findPlatform } from '@/storage/platforms/find-platform';
import { PRESETS } from '@/storage/platforms/presets';
import type { PlatformRule } from '@/storage/schemas/platform-rule';

/** The settings that decide which rule covers a page. */
export interface RuleSettings {
  /** Preset id → enabled; a preset missing here is enabled. */
  enabledPlatforms: Record<string, boolean>;
  customRules: readonly (PlatformRule & { enabled: boolean })[];
}

/** The platform rule that covers a URL: an enabled preset first, then an enabled user rule. */
export function ruleForPage(url: string, settings: RuleSettings): PlatformRule | undefined {
  const userRules = settings.customRules.filter((rule) => rule.enabled);
  return findPlatform(
    url,
    [...PRESETS, ...userRules],
    (rule) => settings.enabledPlatforms[rule.id] !== false,
  );
}
