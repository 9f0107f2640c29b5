// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageBlocksCard } from '@/entrypoints/reflection-card.content/page-blocks-card';

afterEach(() => {
  document.body.replaceChildren();
});

/** happy-dom lays nothing out: an element on screen is one with client rects. */
function onScreen(element: HTMLElement, shown: boolean) {
  element.getClientRects = () => (shown ? [new DOMRect(0, 0, 10, 10)] : []) as unknown as DOMRectList;
  return element;
}

describe('the card checks the page before it shows', () => {
  it("never covers the platform's away dialog while it is on screen", () => {
    const dialog = onScreen(Object.assign(document.createElement('div'), { id: 'rest_tip' }), true);
    document.body.append(dialog);
    expect(pageBlocksCard(document, '#rest_tip')).toBe(true);
    onScreen(dialog, false);
    expect(pageBlocksCard(document, '#rest_tip')).toBe(false);
    expect(pageBlocksCard(document, undefined)).toBe(false);
  });

  it('a selector the page cannot parse blocks nothing', () => {
    expect(pageBlocksCard(document, '#[')).toBe(false);
  });

  it('a lecture playing in the top frame blocks the card', () => {
    const video = document.createElement('video');
    document.body.append(video);
    Object.defineProperty(video, 'paused', { value: false, configurable: true });
    expect(pageBlocksCard(document, undefined)).toBe(true);
    Object.defineProperty(video, 'paused', { value: true, configurable: true });
    expect(pageBlocksCard(document, undefined)).toBe(false);
  });
});
