import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { RuntimeReply } from '@/storage/schemas/messages';
import { type TabStatus, tabStatusSchema } from '@/storage/schemas/tab-status';

export interface ActiveTab {
  /** Undefined without host permission for the page: then no enabled platform rule covers it. */
  url: string | undefined;
  status: TabStatus | undefined;
}

/** The active tab of the popup's window and what the background counts in it. */
export async function readActiveTab(): Promise<ActiveTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { url: undefined, status: undefined };
  const reply = (await browser.runtime
    .sendMessage({ type: 'get-status', tabId: tab.id })
    .catch(() => undefined)) as RuntimeReply | undefined;
  const parsed = tabStatusSchema.safeParse(reply?.ok ? reply.tabStatus : undefined);
  return { url: tab.url, status: parsed.success ? parsed.data : undefined };
}

/** The active tab's state, read again whenever `now` ticks; undefined until first known. */
export function useActiveTab(now: number): ActiveTab | undefined {
  const [active, setActive] = useState<ActiveTab | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void readActiveTab().then(
      (next) => live && setActive(next),
      () => live && setActive({ url: undefined, status: undefined }),
    );
    return () => {
      live = false;
    };
  }, [now]);
  return active;
}
