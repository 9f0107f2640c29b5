import { browser } from '#imports';
import {
  type DataMessage,
  type DataReply,
  dataMessageSchema,
  type FrameSignalsRelay,
  type RuntimeReply,
  runtimeMessageSchema,
} from '@/storage/schemas/messages';
import { isReflectionMessageType } from '@/storage/schemas/reflection-messages';
import type { Settings } from '@/storage/schemas/settings';
import { createDataHandler } from './data';
import { heartbeatSenderRefusal } from './heartbeat-sender';
import { answerPortalRequest } from './portal-bridge';
import type { Tracker } from './tracker';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

const DATA_TYPES = new Set<string>(dataMessageSchema.options.map((option) => option.shape.type.value));
const isDataMessage = (message: { type: string }): message is DataMessage => DATA_TYPES.has(message.type);

/** A page of this extension (popup, dashboard), never a content script on a web page. */
function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** The tab of a content script on a web page, or undefined for anything else (extension pages included). */
function contentScriptTab(sender: Sender): { id: number; incognito: boolean } | undefined {
  const tab = sender.tab;
  // Extension pages opened in a tab also carry `sender.tab`; only content scripts report study.
  if (!tab || tab.id === undefined || sender.id !== browser.runtime.id || isExtensionPage(sender))
    return undefined;
  return { id: tab.id, incognito: tab.incognito };
}

/**
 * Validates every incoming message with zod before anything happens. Invalid ones are ignored, counted
 * and answered with an error; study reports count only from the top frame of content scripts in normal
 * windows, for the platform that covers the sender's URL.
 */
export function setupMessages(
  tracker: Tracker,
  settings: () => Settings,
  ready: Promise<unknown> = Promise.resolve(),
) {
  let invalidMessages = 0;
  const handleData = createDataHandler(tracker, browser.runtime.getManifest().version);

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Answered by ./reflections.ts, which validates them with their own schema.
    if (isReflectionMessageType(raw)) return false;
    const parsed = runtimeMessageSchema.safeParse(raw);
    if (!parsed.success) {
      invalidMessages++;
      sendResponse({ ok: false, error: 'invalid-message' } satisfies RuntimeReply);
      return false;
    }
    const message = parsed.data;
    if (message.type === 'portal-snapshot') {
      answerPortalRequest(sender).then(sendResponse, (error: unknown) => {
        console.error('StudyTrail: portal snapshot not read', error);
        sendResponse({ ok: false, error: 'write-failed' } satisfies RuntimeReply);
      });
      return true;
    }
    if (isDataMessage(message)) {
      if (!isExtensionPage(sender)) {
        invalidMessages++;
        sendResponse({ ok: false, error: 'not-from-extension-page' } satisfies RuntimeReply);
        return false;
      }
      handleData(message).then(sendResponse, (error: unknown) =>
        sendResponse({
          ok: false,
          error: { code: 'write-failed', detail: String(error) },
        } satisfies DataReply),
      );
      return true;
    }
    const reply = async (): Promise<RuntimeReply> => {
      if (message.type === 'get-stats') {
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
      if (message.type === 'get-status') {
        if (!isExtensionPage(sender)) {
          invalidMessages++;
          return { ok: false, error: 'not-from-extension-page' };
        }
        const { open, locked, systemIdle } = await tracker.tabStatus(message.tabId);
        const tracking = open && {
          platformId: open.platformId,
          courseTitle: open.courseTitle,
          lessonTitle: open.lessonTitle,
          kind: open.kind,
        };
        return { ok: true, tabStatus: { tracking, locked, systemIdle } };
      }
      const tab = contentScriptTab(sender);
      if (!tab) {
        invalidMessages++;
        return { ok: false, error: 'not-from-content-script' };
      }
      if (tab.incognito) return { ok: false, error: 'ignored' };
      if (message.type === 'frame-signals') {
        if (!sender.frameId) return { ok: false, error: 'ignored' };
        const relay: FrameSignalsRelay = { ...message, type: 'frame-signals-relay', frameId: sender.frameId };
        // The top frame may have no tracker (not a platform page): then nobody listens, which is fine.
        await browser.tabs.sendMessage(tab.id, relay, { frameId: 0 }).catch(() => undefined);
        return { ok: true };
      }
      // A restarted worker checks against the stored rules, not the defaults it starts with.
      await ready.catch(() => undefined);
      const refusal = heartbeatSenderRefusal(message, sender, settings());
      if (refusal) {
        invalidMessages++;
        return { ok: false, error: refusal };
      }
      const step = await tracker.dispatch({ type: 'heartbeat', tabId: tab.id, heartbeat: message });
      if (step.ignored) return { ok: false, error: 'ignored' };
      // Not written yet, but kept and retried: the page has nothing to resend.
      return step.written ? { ok: true } : { ok: false, error: 'write-failed' };
    };
    reply().then(sendResponse);
    return true;
  });
}
