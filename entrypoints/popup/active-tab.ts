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

/**
 * The active tab's state, read again every `everyMs` while the popup is open (a lecture started or paused
 * shows within a few seconds); undefined until first known.
 */
export function useActiveTab(everyMs = 3000): ActiveTab | undefined {
  const [active, setActive] = useState<ActiveTab | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      void readActiveTab().then(
        (next) => live && setActive(next),
        () => live && setActive({ url: undefined, status: undefined }),
      );
    read();
    const id = setInterval(read, everyMs);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [everyMs]);
  return active;
}
