/** Documents reachable from the top page without crossing an origin: the page and same-origin frames. */
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

function isPlaying(media: HTMLMediaElement): boolean {
  return !media.paused && !media.ended && media.readyState > 2 && media.playbackRate > 0;
}

/** Whether any media element in the page or its same-origin frames is playing. Reads state only. */
export function isMediaPlaying(doc: Document): boolean {
  return reachableDocuments(doc).some((d) =>
    Array.from(d.querySelectorAll<HTMLMediaElement>('video, audio')).some(isPlaying),
  );
}
