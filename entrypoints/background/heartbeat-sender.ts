import { ruleForPage } from '@/entrypoints/platform.content/rule-for-page';
import type { Heartbeat } from '@/storage/schemas/messages';
import type { Settings } from '@/storage/schemas/settings';

export type SenderRefusal = 'not-top-frame' | 'wrong-platform';

/**
 * Why a heartbeat may not come from this sender, if it may not. Only a tab's top frame reports study
 * (sub-frames send frame signals), and an engaged heartbeat must name the platform whose rule covers the
 * sender's URL, found with the content script's own lookup. A disengaging one may come from a page the
 * rule no longer covers (an in-page navigation away): it can only close a segment.
 */
export function heartbeatSenderRefusal(
  heartbeat: Heartbeat,
  sender: { frameId?: number; url?: string },
  settings: Settings,
): SenderRefusal | undefined {
  if (sender.frameId !== 0) return 'not-top-frame';
  if (!heartbeat.engaged) return undefined;
  const rule = sender.url ? ruleForPage(sender.url, settings) : undefined;
  return rule?.id === heartbeat.platformId ? undefined : 'wrong-platform';
}
