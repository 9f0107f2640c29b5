/** Documents reachable from a page without crossing an origin: the page and its same-origin frames. */
function reachableDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner) docs.push(...reachableDocuments(inner));
    } catch {
      // A cross-origin frame: its own content script reports it.
    }
  }
  return docs;
}

/** Open shadow roots under a root, depth first (players often keep their <video> in one). */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const doc = root instanceof Document ? root : root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found.push(shadow, ...openShadowRoots(shadow));
  }
  return found;
}

function isPlaying(media: HTMLMediaElement): boolean {
  return !media.paused && !media.ended && media.readyState > 2 && media.playbackRate > 0;
}

/**
 * Finds the media of a page: its own, its same-origin frames' and those inside open shadow roots. Reads
 * playback state only. `onShadowRoot` lets the caller listen inside shadow roots, where media events
 * never reach the document.
 */
export function createMediaProbe(doc: Document, onShadowRoot: (root: ShadowRoot) => void) {
  const known = new WeakSet<ShadowRoot>();
  let shadowRoots: ShadowRoot[] = [];

  return {
    /** Re-walks the DOM for shadow roots; call on DOM changes, not on every heartbeat. */
    rescan() {
      shadowRoots = reachableDocuments(doc).flatMap(openShadowRoots);
      for (const root of shadowRoots) {
        if (!known.has(root)) {
          known.add(root);
          onShadowRoot(root);
        }
      }
    },
    isPlaying(): boolean {
      const scopes: (Document | ShadowRoot)[] = [...reachableDocuments(doc), ...shadowRoots];
      return scopes.some((scope) =>
        Array.from(scope.querySelectorAll<HTMLMediaElement>('video, audio')).some(isPlaying),
      );
    },
  };
}
