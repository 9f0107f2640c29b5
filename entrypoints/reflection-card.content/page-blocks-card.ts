/**
 * Whether the page is in no state for a card: the platform's "are you still there" dialog is on screen
 * (the card never covers it), or a lecture in this frame plays after all.
 */
export function pageBlocksCard(doc: Document, awayDialogSelector: string | undefined): boolean {
  if (awayDialogSelector) {
    try {
      const dialog = doc.querySelector<HTMLElement>(awayDialogSelector);
      if (dialog && dialog.getClientRects().length > 0) return true;
    } catch {
      // A selector the page's engine refuses blocks nothing.
    }
  }
  return [...doc.querySelectorAll('video, audio')].some((media) => !(media as HTMLMediaElement).paused);
}
