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
  sender: { frameId?: number; url?: string; tab?: { url?: string }; documentLifecycle?: string },
  settings: Settings,
): SenderRefusal | undefined {
  // A page left for another site goes into the back/forward cache and its last (disengaging) heartbeat
  // arrives with a frameId other than 0 (Chromium): it may still close its segment.
  if (!heartbeat.engaged) {
    return sender.frameId === 0 || sender.documentLifecycle === 'cached' ? undefined : 'not-top-frame';
  }
  if (sender.frameId !== 0) return 'not-top-frame';
  // sender.url is the address the document loaded with (Chromium ignores pushState); the tab's URL follows
  // in-page navigation into a lesson.
  const covers = (url: string | undefined) =>
    url !== undefined && ruleForPage(url, settings)?.id === heartbeat.platformId;
  return covers(sender.url) || covers(sender.tab?.url) ? undefined : 'wrong-platform';
}
