// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createMediaProbe } from '@/entrypoints/platform.content/media';
import {
  attachFrame,
  closeWindows,
  createDomWindow,
  type DomWindow,
  navigateFrame,
  setMediaState,
} from '@/tests/replay/dom-page';

const ORIGIN = 'https://mooc1.chaoxing.com';
let open: DomWindow[] = [];
function page(path: string, html = ''): DomWindow {
  const window = createDomWindow(`${ORIGIN}${path}`, html);
  open.push(window);
  return window;
}
afterEach(async () => {
  await closeWindows(...open);
  open = [];
});

/** The 超星 lesson shape: top → cards frame → video frame, all same-origin. */
function chaoxingLesson() {
  const top = page('/mycourse/studentstudy?courseId=1&chapterId=2');
  const cards = page('/mooc-ans/knowledge/cards?knowledgeid=2');
  const player = page('/ananas/modules/video/index.html', '<video id="video_html5_api"></video>');
  attachFrame(top, cards);
  const playerFrame = attachFrame(cards, player);
  const video = player.document.querySelector('video') as HTMLMediaElement;
  return { top, cards, player, playerFrame, video };
}

describe('media probe across frames', () => {
  it('finds a playing video two same-origin frames deep (documents of other realms) without throwing', () => {
    const { top, video } = chaoxingLesson();
    setMediaState(video, { playing: true });
    const probe = createMediaProbe(top.document, () => undefined);
    expect(() => probe.rescan()).not.toThrow();
    expect(probe.isPlaying()).toBe(true);
  });

  it('finds a video in an open shadow root inside a same-origin frame', () => {
    const top = page('/mycourse/studentstudy');
    const frame = page('/ananas/modules/video/index.html', '<div id="host"></div>');
    attachFrame(top, frame);
    const host = frame.document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const video = frame.document.createElement('video');
    shadow.append(video);
    setMediaState(video, { playing: true });
    const roots: unknown[] = [];
    const probe = createMediaProbe(top.document, (root) => roots.push(root));
    probe.rescan();
    expect(roots).toContain(shadow);
    expect(probe.isPlaying()).toBe(true);
  });

  it('skips a cross-origin frame, a frame without a document and a frame whose document throws', () => {
    const top = page('/mycourse/studentstudy', '<video></video>');
    attachFrame(top, page('/player', '<video></video>'), false);
    attachFrame(top, null);
    const throwing = top.document.createElement('iframe');
    Object.defineProperty(throwing, 'contentDocument', {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    top.document.body.append(throwing);
    const probe = createMediaProbe(top.document, () => undefined);
    expect(() => probe.rescan()).not.toThrow();
    expect(probe.isPlaying()).toBe(false);
  });

  it("sees the lesson change inside the frame: the new document's video once the frame loads it", () => {
    const { top, cards, playerFrame, video } = chaoxingLesson();
    setMediaState(video, { playing: false });
    const probe = createMediaProbe(top.document, () => undefined);
    probe.rescan();
    expect(probe.isPlaying()).toBe(false);
    const next = page('/ananas/modules/video/index.html?objectid=2', '<video></video>');
    setMediaState(next.document.querySelector('video') as HTMLMediaElement, { playing: true });
    navigateFrame(playerFrame, next);
    expect(cards.document.querySelectorAll('iframe')).toHaveLength(1);
    expect(probe.isPlaying()).toBe(true);
  });
});

describe('which frames report', () => {
  it('a frame whose ancestors are all reachable is read by the top; one under a cross-origin parent is not', async () => {
    const { isReadByTop } = await import('@/entrypoints/platform.content/frame-role');
    const top = { document: {} } as Record<string, unknown>;
    top.top = top;
    const sameOrigin = { top, parent: top } as unknown as Window;
    const crossParent = {} as Record<string, unknown>;
    crossParent.top = top;
    crossParent.parent = top;
    Object.defineProperty(crossParent, 'document', {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    const underCross = { top, parent: crossParent } as unknown as Window;
    expect(isReadByTop(top as unknown as Window)).toBe(true);
    expect(isReadByTop(sameOrigin)).toBe(true);
    expect(isReadByTop(underCross)).toBe(false);
  });
});
