import { findPlatform } from '@/storage/platforms/find-platform';
import { PRESETS } from '@/storage/platforms/presets';
import type { Settings } from '@/storage/schemas/settings';
import type { TabStatus } from '@/storage/schemas/tab-status';
import type { WriteStatus } from '@/storage/schemas/write-status';
import { isPaused } from '@/storage/tracking/pause';

/** Why the active tab counts nothing now, most important first. */
export type NotTrackingReason =
  | 'write-failing'
  | 'paused'
  | 'locked'
  | 'not-platform'
  | 'platform-off'
  | 'idle';

export type NowStatus =
  | { state: 'tracking'; tracking: NonNullable<TabStatus['tracking']> }
  | { state: 'not-tracking'; reason: NotTrackingReason };

export interface NowInputs {
  /**
   * The active tab's address; undefined when the extension has no host permission for it, which means no
   * enabled platform rule covers it (the popup asks for no `tabs` or `activeTab` permission to learn more).
   */
  url: string | undefined;
  settings: Pick<Settings, 'paused' | 'pausedUntil' | 'enabledPlatforms' | 'customRules'>;
  now: number;
  /** What the background counts in that tab; undefined when there is no tab or no answer. */
  tab: TabStatus | undefined;
  writeStatus: WriteStatus | undefined;
}

/** Whether the active tab is being counted now and, when it is not, the one reason to tell the learner. */
export function nowStatus({ url, settings, now, tab, writeStatus }: NowInputs): NowStatus {
  const not = (reason: NotTrackingReason): NowStatus => ({ state: 'not-tracking', reason });
  if (writeStatus && !writeStatus.ok) return not('write-failing');
  if (isPaused(settings, now)) return not('paused');
  if (tab?.locked) return not('locked');
  if (!url) return not('not-platform');
  const rules = [...PRESETS, ...settings.customRules];
  const enabled = findPlatform(url, rules, (rule) => {
    const custom = settings.customRules.find((candidate) => candidate === rule);
    return custom ? custom.enabled : settings.enabledPlatforms[rule.id] !== false;
  });
  if (!enabled) return not(findPlatform(url, rules) ? 'platform-off' : 'not-platform');
  if (tab?.tracking) return { state: 'tracking', tracking: tab.tracking };
  return not('idle');
}
