import { useEffect, useRef } from 'preact/hooks';
import type { ReflectionDraft } from '@/storage/reflections/draft';
import type { ReflectionMessage, ReflectionReply } from '@/storage/schemas/reflection-messages';

/** Typing pauses this long before a draft goes to the background: a few messages a minute at most. */
export const DRAFT_DEBOUNCE_MS = 400;

/**
 * Keeps the draft through the background, debounced, and at once when the page is hidden or closed, so a
 * closed tab or card loses at most the last keystrokes of a page that could not send anything.
 */
export function useDraftKeeper(send: (message: ReflectionMessage) => Promise<ReflectionReply | undefined>) {
  const pending = useRef<ReflectionDraft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = async () => {
    clearTimeout(timer.current);
    const draft = pending.current;
    pending.current = undefined;
    if (draft) await send({ type: 'reflection-draft', draft });
  };

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, []);

  return {
    keep(draft: ReflectionDraft) {
      pending.current = draft;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_DEBOUNCE_MS);
    },
    flush,
    /** The draft was saved as a reflection: nothing more to keep. */
    cancel() {
      clearTimeout(timer.current);
      pending.current = undefined;
    },
  };
}
