import { isWatched } from './media-watched';

/*
 * Documents of same-origin frames belong to other realms (their own `Document`, `Element` classes), so
 * nothing here uses `instanceof` against this realm's DOM classes: node types and duck typing only.
 */
const DOCUMENT_NODE = 9;
/** NodeFilter.SHOW_ELEMENT, a constant of every realm. */
const SHOW_ELEMENT = 0x1;

/** A frame's document when it is reachable (same origin, attached, created), else null; never throws. */
function frameDocument(frame: Element): Document | null {
  try {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    return inner && inner.nodeType === DOCUMENT_NODE ? inner : null;
  } catch {
    // A cross-origin frame (some engines throw instead of returning null): its own script reports it.
    return null;
  }
}

/**
 * Documents reachable from a page without crossing an origin: the page and its same-origin frames at any
 * depth (超星 nests the player two frames deep). A frame still loading yields its current document.
 */
export function reachableDocuments(doc: Document): Document[] {
  const found: Document[] = [];
  const visit = (current: Document) => {
    if (found.includes(current)) return;
    found.push(current);
    let frames: Element[] = [];
    try {
      frames = Array.from(current.querySelectorAll('iframe, frame'));
    } catch {
      return;
    }
    for (const frame of frames) {
      const inner = frameDocument(frame);
      if (inner) visit(inner);
    }
  };
  visit(doc);
  return found;
}

/** Open shadow roots under a root, depth first (players often keep their <video> in one). */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  const found: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found.push(shadow, ...openShadowRoots(shadow));
  }
  return found;
}

function isPlaying(media: HTMLMediaElement): boolean {
  return !media.paused && !media.ended && media.readyState > 2 && media.playbackRate > 0;
}

/** Playing, and audible or watchable by the learner (media-watched.ts). */
function countsAsStudied(media: HTMLMediaElement): boolean {
  return isPlaying(media) && isWatched(media);
}

/**
 * Finds the media of a page: its own, its same-origin frames' (any depth) and those inside open shadow
 * roots. Reads playback state only. `onScope` is called once for each document and shadow root found, so
 * the caller can listen there: media events reach neither a parent document nor a shadow host.
 */
export function createMediaProbe(doc: Document, onScope: (scope: Document | ShadowRoot) => void) {
  const known = new WeakSet<Document | ShadowRoot>();
  let shadowRoots: ShadowRoot[] = [];
  const note = (scope: Document | ShadowRoot) => {
    if (known.has(scope)) return;
    known.add(scope);
    onScope(scope);
  };

  return {
    /** Re-walks documents and shadow roots; call on DOM changes and frame loads, not on every heartbeat. */
    rescan() {
      const docs = reachableDocuments(doc);
      for (const scope of docs) note(scope);
      shadowRoots = docs.flatMap(openShadowRoots);
      for (const root of shadowRoots) note(root);
    },
    isPlaying(): boolean {
      const scopes: (Document | ShadowRoot)[] = [...reachableDocuments(doc), ...shadowRoots];
      return scopes.some((scope) =>
        Array.from(scope.querySelectorAll<HTMLMediaElement>('video, audio')).some(countsAsStudied),
      );
    },
  };
}
