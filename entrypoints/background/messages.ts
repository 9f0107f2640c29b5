import { browser } from '#imports';
import { type RuntimeReply, runtimeMessageSchema } from '@/storage/schemas/messages';
import type { Tracker } from './tracker';

/**
 * Validates every incoming message with zod before anything happens. Invalid ones are ignored, counted
 * and answered with an error; heartbeats count only from a tab of a normal window.
 */
export function setupMessages(tracker: Tracker) {
  let invalidMessages = 0;

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const parsed = runtimeMessageSchema.safeParse(raw);
    if (!parsed.success) {
      invalidMessages++;
      sendResponse({ ok: false, error: 'invalid-message' } satisfies RuntimeReply);
      return false;
    }
    const message = parsed.data;
    const reply = async (): Promise<RuntimeReply> => {
      switch (message.type) {
        case 'heartbeat': {
          const tab = sender.tab;
          // Extension pages opened in a tab also carry `sender.tab`; only content scripts report study.
          const fromExtensionPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
          if (!tab || tab.id === undefined || sender.id !== browser.runtime.id || fromExtensionPage) {
            invalidMessages++;
            return { ok: false, error: 'not-from-content-script' };
          }
          if (tab.incognito) return { ok: false, error: 'ignored' };
          try {
            const step = await tracker.dispatch({ type: 'heartbeat', tabId: tab.id, heartbeat: message });
            return step.ignored ? { ok: false, error: 'ignored' } : { ok: true };
          } catch (error) {
            console.error('StudyTrail: heartbeat not written', error);
            return { ok: false, error: 'write-failed' };
          }
        }
        case 'get-stats':
          return {
            ok: true,
            stats: {
              invalidMessages,
              heartbeats: tracker.counters.heartbeats,
              writes: tracker.counters.writes,
              openSegments: await tracker.openCount(),
            },
          };
      }
    };
    reply().then(sendResponse);
    return true;
  });
}
