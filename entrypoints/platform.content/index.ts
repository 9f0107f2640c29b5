import { defineContentScript } from '#imports';
import { PRESET_MATCHES } from '@/storage/platforms/presets';
import { loadSettings, watchSettings } from '@/storage/settings';
import { BROWSER_PORTS } from './browser-ports';
import { startFrameReporter } from './frame-reporter';
import { isReadByTop } from './frame-role';
import { startPageTracker } from './page-tracker';
import { ruleForPage } from './rule-for-page';

const STARTED = Symbol.for('studytrail.platform-script');

export default defineContentScript({
  matches: PRESET_MATCHES,
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
    const settings = await loadSettings();
    if (window !== window.top) {
      // The top frame reads same-origin frames itself (media, input, lesson changes): only frames it
      // cannot reach report, so a 超星 lesson's three frames send one stream of heartbeats.
      if (!isReadByTop(window))
        startFrameReporter(window, settings.heartbeatSeconds, BROWSER_PORTS, ctx.signal);
      return;
    }
    const rule = ruleForPage(location.href, settings);
    if (!rule) return;
    const tracker = startPageTracker(window, rule, settings, BROWSER_PORTS, ctx.signal);
    const stopWatching = watchSettings((next) => {
      const stillCovered = ruleForPage(location.href, next)?.id === rule.id;
      tracker.update(stillCovered ? next : { ...next, paused: true });
    });
    ctx.onInvalidated(stopWatching);
  },
});
