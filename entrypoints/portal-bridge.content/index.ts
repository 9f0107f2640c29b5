import { browser, defineContentScript } from '#imports';
import type { PortalSnapshotRequest } from '@/storage/schemas/messages';
import { answerSnapshotRequests } from './answer-requests';

const REQUEST: PortalSnapshotRequest = { type: 'portal-snapshot' };

/**
 * The portal bridge: registered at run time by the background, only on the portal origins the learner
 * allowed (entrypoints/background/portal-bridge.ts), never listed in the manifest.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main(ctx) {
    answerSnapshotRequests(window, {
      ask: () => browser.runtime.sendMessage(REQUEST),
      now: () => performance.now(),
      signal: ctx.signal,
    });
  },
});
