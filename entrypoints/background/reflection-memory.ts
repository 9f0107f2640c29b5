import { browser } from '#imports';
import { type PromptMemory, readPromptMemory } from '@/storage/reflections/prompt-memory';
import type { TabWatch } from '@/storage/reflections/tab-watch';

const MEMORY_KEY = 'reflectionPrompt';
const TABS_KEY = 'reflectionTabs';
const SHOWING_KEY = 'reflectionShowing';

/** A card put in a tab and not yet answered: no second card goes there meanwhile. */
export interface ShowingCard {
  courseKey: string;
  courseTitle: string;
  lessonTitle: string;
  /** ms since epoch */
  at: number;
}

let chain: Promise<unknown> = Promise.resolve();

/** Runs read-modify-write steps one at a time, so two events never interleave their writes. */
export function serially<T>(step: () => Promise<T>): Promise<T> {
  const next = chain.then(step, step);
  chain = next.catch(() => undefined);
  return next;
}

/** The trigger's memory (storage.local: snoozes and today's count outlive a browser restart). */
export async function loadMemory(): Promise<PromptMemory> {
  return readPromptMemory((await browser.storage.local.get(MEMORY_KEY))[MEMORY_KEY]);
}

export async function updateMemory(change: (memory: PromptMemory) => PromptMemory): Promise<PromptMemory> {
  const next = change(await loadMemory());
  await browser.storage.local.set({ [MEMORY_KEY]: next });
  return next;
}

/** Per-tab watches and shown cards (storage.session: a stopped worker keeps them, a new browser drops them). */
export async function loadTabs(): Promise<{
  tabs: Record<string, TabWatch>;
  showing: Record<string, ShowingCard>;
}> {
  const stored = await browser.storage.session.get([TABS_KEY, SHOWING_KEY]);
  return {
    tabs: (stored[TABS_KEY] as Record<string, TabWatch> | undefined) ?? {},
    showing: (stored[SHOWING_KEY] as Record<string, ShowingCard> | undefined) ?? {},
  };
}

export async function saveTabs(state: {
  tabs: Record<string, TabWatch>;
  showing: Record<string, ShowingCard>;
}): Promise<void> {
  await browser.storage.session.set({ [TABS_KEY]: state.tabs, [SHOWING_KEY]: state.showing });
}
