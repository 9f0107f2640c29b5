import type { TopFrameSettings } from '@/entrypoints/platform.content/top-frame';
import type { DomWindow } from './dom-page';
import type { Action } from './scenario';
import {
  dispatch,
  domChanged,
  pageUrl,
  realLessonKey,
  type SimPage,
  type SimTab,
  setVideo,
} from './simulated-page';
import { platformMarkup } from './study-targets';

type PageAction = Extract<
  Action,
  {
    type:
      | 'input'
      | 'page-script-input'
      | 'auto-scroll'
      | 'play'
      | 'pause'
      | 'navigate'
      | 'set-title'
      | 'away-dialog'
      | 'kill-frame';
  }
>;

const PAGE_ACTIONS: ReadonlySet<string> = new Set([
  'input',
  'page-script-input',
  'auto-scroll',
  'play',
  'pause',
  'navigate',
  'set-title',
  'away-dialog',
  'kill-frame',
]);

export function isPageAction(action: { type: string }): action is PageAction {
  return PAGE_ACTIONS.has(action.type);
}

/** The id the enaea preset's "are you still there" dialog has. */
const AWAY_DIALOG_ID = 'rest_tip';

/**
 * Applies what the learner or the page does to a tab: the simulator's truth changes, and the page's DOM
 * gets the events a browser would dispatch, for the real content script to make of them what it will.
 * `keys` collects scenario lesson keys → the keys the real page reads, for truths per lesson.
 */
export function applyPageAction(
  tab: SimTab,
  action: PageAction,
  settings: TopFrameSettings,
  keys: Map<string, string>,
): void {
  const page = tab.page;
  switch (action.type) {
    case 'input':
      if (!page) return;
      dispatch(page, page.window.document.body, pointer(page.window, 'pointerdown'), true);
      return;
    case 'page-script-input': {
      if (!page) return;
      const { document } = page.window;
      dispatch(page, document.body, new page.window.KeyboardEvent('keydown', { bubbles: true }), false);
      dispatch(page, document.body, pointer(page.window, 'pointermove', 5), false);
      return;
    }
    case 'auto-scroll': {
      if (!page) return;
      const { document } = page.window;
      dispatch(page, document.querySelector('main') as Element, new page.window.Event('scroll'), true);
      dispatch(page, document, new page.window.Event('scroll', { bubbles: true }), true);
      return;
    }
    case 'play': {
      const audible = !action.media?.muted && (action.media?.volume ?? 1) > 0;
      tab.mediaPlaying = action.watched ?? true;
      tab.anyMediaPlaying = audible;
      if (page) setVideo(page, true, action.media, action.loop);
      return;
    }
    case 'pause':
      tab.mediaPlaying = false;
      tab.anyMediaPlaying = false;
      if (page) setVideo(page, false);
      return;
    case 'navigate': {
      tab.target = action.target;
      if (!page) return;
      page.window.history.pushState({}, '', pageUrl(action.target, action.url));
      if (action.target) page.window.document.title = action.target.lessonTitle;
      const section = page.window.document.querySelector('main > section');
      if (section) section.innerHTML = platformMarkup(action.target);
      page.navigation.dispatchEvent(new page.window.Event('currententrychange'));
      domChanged(page);
      noteKey(tab, settings, keys);
      return;
    }
    case 'set-title':
      if (!page) return;
      page.window.document.title = action.title;
      domChanged(page);
      return;
    case 'away-dialog': {
      tab.awayDialog = action.shown;
      if (!page) return;
      const { document } = page.window;
      if (action.shown) {
        const dialog = document.createElement('div');
        dialog.id = AWAY_DIALOG_ID;
        document.body.append(dialog);
      } else {
        document.getElementById(AWAY_DIALOG_ID)?.remove();
      }
      domChanged(page);
      return;
    }
    case 'kill-frame':
      tab.mediaPlaying = false;
      tab.anyMediaPlaying = false;
      page?.frame?.stop.abort();
      return;
  }
}

/** A pointer event as a device makes it; `moved` px of movement for a pointer move. */
function pointer(window: DomWindow, type: string, moved = 0): Event {
  return new window.PointerEvent(type, { bubbles: true, movementX: moved, movementY: moved });
}

/** Notes the key the real page reads for the tab's scenario target. */
export function noteKey(tab: SimTab, settings: TopFrameSettings, keys: Map<string, string>): void {
  if (!tab.page || !tab.target) return;
  const real = realLessonKey(tab.page as SimPage, settings);
  if (real) keys.set(tab.target.lessonKey, real);
}
