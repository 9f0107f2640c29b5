import { findPlatform } from '@/storage/platforms/find-platform';
import { PRESETS } from '@/storage/platforms/presets';
import type { PlatformRule } from '@/storage/schemas/platform-rule';
import type { Settings } from '@/storage/schemas/settings';

/** The platform rule that covers a URL: an enabled preset first, then an enabled user rule. */
export function ruleForPage(url: string, settings: Settings): PlatformRule | undefined {
  const userRules = settings.customRules.filter((rule) => rule.enabled);
  return findPlatform(
    url,
    [...PRESETS, ...userRules],
    (rule) => settings.enabledPlatforms[rule.id] !== false,
  );
}
