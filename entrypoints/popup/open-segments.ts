import { browser } from '#imports';
import type { RuntimeReply } from '@/storage/schemas/messages';

/**
 * How many segments the background still extends. The database alone cannot tell a lecture paused a
 * moment ago from one still playing; the single writer can.
 */
export async function openSegmentCount(): Promise<number> {
  const reply = (await browser.runtime.sendMessage({ type: 'get-stats' })) as RuntimeReply | undefined;
  return reply?.ok && reply.stats ? reply.stats.openSegments : 0;
}
