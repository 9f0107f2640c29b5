import { browser } from '#imports';
import { ruleForPage } from '@/entrypoints/platform.content/rule-for-page';
import { resolveLocale } from '@/storage/i18n';
import { formText } from '@/storage/reflections/form-text';
import { topicSuggestions } from '@/storage/reflections/themes';
import { earlierTopics } from '@/storage/repositories/reflections';
import { latestSession } from '@/storage/repositories/sessions';
import { heartbeatSchema } from '@/storage/schemas/messages';
import {
  isReflectionMessageType,
  type ReflectionContext,
  type ReflectionMessage,
  type ReflectionReply,
  reflectionMessageSchema,
} from '@/storage/schemas/reflection-messages';
import type { Settings } from '@/storage/schemas/settings';
import { heartbeatSenderRefusal } from './heartbeat-sender';
import { createPrompts, type PromptOptions } from './reflection-prompts';
import { keepDraft, saveDraftAsReflection, storedDraft } from './reflection-store';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

const SWEEP = 'sweep-open-segments';

function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** The tab of a content script's top frame, or undefined (extension pages, sub-frames, other senders). */
function topFrameTab(sender: Sender): number | undefined {
  if (sender.id !== browser.runtime.id || isExtensionPage(sender) || sender.frameId !== 0) return undefined;
  return sender.tab?.id;
}

/**
 * Reflections in the background: watches heartbeats for natural breaks and injects the card, keeps
 * drafts, and saves reflections. Every reflection message is validated with zod; the card's tab and the
 * popup are the only senders accepted.
 */
export function setupReflections(
  settings: () => Settings,
  ready: Promise<unknown>,
  options: Partial<PromptOptions> = {},
) {
  const prompts = createPrompts({ settings, ...options });
  const now = options.now ?? Date.now;

  async function context(sender: Sender): Promise<ReflectionReply> {
    const tabId = topFrameTab(sender);
    let course: { courseKey: string; courseTitle: string; lessonTitle: string } | undefined;
    if (tabId !== undefined) course = await prompts.showingIn(tabId);
    else if (isExtensionPage(sender)) course = await latestSession();
    else return { ok: false, error: 'not-allowed' };
    if (!course) return { ok: false, error: 'no-course' };
    const locale = resolveLocale(settings().locale, browser.i18n.getUILanguage());
    const rule = tabId !== undefined && sender.url ? ruleForPage(sender.url, settings()) : undefined;
    const draft = await storedDraft(course.courseKey);
    const reply: ReflectionContext = {
      courseKey: course.courseKey,
      courseTitle: course.courseTitle,
      lessonTitle: course.lessonTitle,
      suggestions: topicSuggestions({ ...course, earlierTopics: await earlierTopics() }),
      ...(draft ? { draft } : {}),
      ...(rule?.awayDialog ? { awayDialogSelector: rule.awayDialog.selector } : {}),
      text: formText(locale),
      lang: locale === 'en' ? 'en' : 'zh-CN',
    };
    return { ok: true, context: reply };
  }

  async function handle(message: ReflectionMessage, sender: Sender): Promise<ReflectionReply> {
    await ready;
    if (message.type === 'reflection-context') return context(sender);
    const tabId = topFrameTab(sender);
    if (tabId === undefined && !isExtensionPage(sender)) return { ok: false, error: 'not-allowed' };
    if (message.type === 'reflection-draft') return keepDraft(message.draft);
    if (message.type === 'reflection-save') return saveDraftAsReflection(message.draft, now());
    await prompts.answer(tabId, message.courseKey, message.outcome);
    return { ok: true };
  }

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if ((raw as { type?: unknown } | null)?.type === 'heartbeat') {
      // Only watched here; the tracker (./messages.ts) answers and records it.
      const parsed = heartbeatSchema.safeParse(raw);
      const tabId = topFrameTab(sender);
      if (parsed.success && tabId !== undefined && !sender.tab?.incognito) {
        const refused = heartbeatSenderRefusal(parsed.data, sender, settings());
        if (!refused) void ready.then(() => prompts.heartbeat(tabId, parsed.data)).catch(console.warn);
      }
      return false;
    }
    if (!isReflectionMessageType(raw)) return false;
    const parsed = reflectionMessageSchema.safeParse(raw);
    if (!parsed.success) {
      sendResponse({ ok: false, error: 'invalid-message' } satisfies ReflectionReply);
      return false;
    }
    handle(parsed.data, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: 'write-failed', detail: String(error) } satisfies ReflectionReply),
    );
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void prompts.tabClosed(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void prompts.pageLoading(tabId);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP || alarm.name === prompts.BREAK_ALARM) void ready.then(prompts.sweep);
  });
  return prompts;
}
