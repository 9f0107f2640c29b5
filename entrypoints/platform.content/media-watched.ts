import { hasBeenActivated } from './user-activation';

/**
 * When playing media counts as a lecture (docs/tracking.md, "What counts"). Audible media counts: a
 * browser starts sound only after the learner engaged with the site (autoplay policies), and a lecture
 * heard with the video scrolled away is still studied. Silent media (muted or volume 0) counts only when
 * it can be watched: at least 160 × 90 CSS px, at least half of it inside the viewport (and inside each
 * same-origin frame's box on the way up), rendered and not hidden, not looping (promos loop, lectures
 * end), and only after the learner activated the page, since any page may autoplay silent video.
 */
export const WATCHABLE_MIN_WIDTH = 160;
export const WATCHABLE_MIN_HEIGHT = 90;
export const WATCHABLE_MIN_VISIBLE_FRACTION = 0.5;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const area = (box: Box) => Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
const clip = (box: Box, to: Box): Box => ({
  left: Math.max(box.left, to.left),
  top: Math.max(box.top, to.top),
  right: Math.min(box.right, to.right),
  bottom: Math.min(box.bottom, to.bottom),
});

export function isAudible(media: HTMLMediaElement): boolean {
  return !media.muted && media.volume > 0;
}

function isRendered(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const check = (element as { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (check && !check.call(element, { opacityProperty: true, visibilityProperty: true })) return false;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.visibility !== 'hidden' && style?.visibility !== 'collapse' && style?.opacity !== '0';
}

/** The part of an element inside its viewport and every same-origin frame box above it, in CSS px². */
function visibleArea(element: Element): number {
  let box: Box = element.getBoundingClientRect();
  let view = element.ownerDocument.defaultView;
  while (view) {
    box = clip(box, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
    let frame: Element | null = null;
    try {
      frame = view.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) break;
    if (!isRendered(frame)) return 0;
    const outer = frame.getBoundingClientRect();
    box = clip(
      {
        left: box.left + outer.left,
        top: box.top + outer.top,
        right: box.right + outer.left,
        bottom: box.bottom + outer.top,
      },
      outer,
    );
    view = frame.ownerDocument.defaultView;
  }
  return area(box);
}

export function isWatchable(media: HTMLMediaElement): boolean {
  // In a hidden tab nothing can be watched: silent media there is never "background audio".
  if (media.ownerDocument.visibilityState === 'hidden' || !isRendered(media)) return false;
  const { width, height } = media.getBoundingClientRect();
  if (width < WATCHABLE_MIN_WIDTH || height < WATCHABLE_MIN_HEIGHT) return false;
  return visibleArea(media) >= WATCHABLE_MIN_VISIBLE_FRACTION * width * height;
}

/** Whether this document or its top document was activated (activation reaches same-origin frames). */
function pageActivated(doc: Document): boolean {
  if (hasBeenActivated(doc)) return true;
  try {
    const top = doc.defaultView?.top?.document;
    return top ? hasBeenActivated(top) : false;
  } catch {
    return false;
  }
}

/** Whether a playing media element counts as studied (see above). */
export function isWatched(media: HTMLMediaElement): boolean {
  if (isAudible(media)) return true;
  return !media.loop && isWatchable(media) && pageActivated(media.ownerDocument);
}
