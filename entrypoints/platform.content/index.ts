import { defineContentScript } from '#imports';
import { PRESET_MATCHES } from '@/storage/platforms/presets';
import { BROWSER_PORTS } from './browser-ports';
import { startFrameReporter } from './frame-reporter';
import { isReadByTop } from './frame-role';
import { hostWide } from './host-wide';
import { loadPageSettings, watchPageSettings } from './page-settings-store';
import { startTopFrame } from './top-frame';

const STARTED = Symbol.for('studytrail.platform-script');

export default defineContentScript({
  // The platforms' whole hosts: rules are checked in the page, again after every in-page navigation.
  matches: hostWide(PRESET_MATCHES),
  // Players often sit in (cross-origin) iframes: sub-frames report their media and input to the top frame.
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // A user rule that overlaps a preset injects this script twice into the same isolated world: run once.
    const started = window as unknown as Record<symbol, boolean>;
    if (started[STARTED]) return;
    started[STARTED] = true;
    ctx.onInvalidated(() => {
      started[STARTED] = false;
    });
    // The top frame reads same-origin frames itself (media, input, lesson changes): only frames it
    // cannot reach report, so a 超星 lesson's three frames send one stream of heartbeats.
    if (window !== window.top && isReadByTop(window)) return;
    const settings = await loadPageSettings();
    // A newer copy of this script (injected again after an update) may have taken over meanwhile.
    if (ctx.signal.aborted) return;
    if (window !== window.top) {
      startFrameReporter(window, settings.heartbeatSeconds, BROWSER_PORTS, ctx.signal);
      return;
    }
    const top = startTopFrame(window, settings, BROWSER_PORTS, ctx.signal);
    ctx.onInvalidated(watchPageSettings((next) => top.update(next)));
  },
});
