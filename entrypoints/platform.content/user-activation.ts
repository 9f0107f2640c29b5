/** Documents where this script saw an activating input: the fallback without `navigator.userActivation`. */
const activatedDocuments = new WeakSet<Document>();

/** Input types that give a document user activation (HTML: "activation triggering input event"). */
export const ACTIVATING_EVENTS: ReadonlySet<string> = new Set(['pointerdown', 'keydown', 'touchstart']);

/** Notes that the learner activated `doc` (a trusted click, key or touch seen in it). */
export function noteActivation(doc: Document): void {
  activatedDocuments.add(doc);
}

/**
 * Whether `doc` has had a user activation since it loaded: the browser's sticky activation
 * (`navigator.userActivation.hasBeenActive`) where it exists, else an activating input this script saw.
 */
export function hasBeenActivated(doc: Document): boolean {
  const browserState = (doc.defaultView?.navigator as { userActivation?: { hasBeenActive: boolean } })
    ?.userActivation?.hasBeenActive;
  return browserState ?? activatedDocuments.has(doc);
}
