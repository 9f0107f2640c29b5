import { browser, defineContentScript } from '#imports';
import { findPlatform } from '@/storage/platforms/find-platform';
import { PRESET_MATCHES, PRESETS } from '@/storage/platforms/presets';
import { isAwayDialogShown, readStudyTarget } from '@/storage/platforms/read-titles';
import type { Heartbeat } from '@/storage/schemas/messages';
import type { Settings } from '@/storage/schemas/settings';
import { loadSettings, watchSettings } from '@/storage/settings';
import { createHeartbeatLoop } from './heartbeat-loop';
import { isMediaPlaying } from './media';
import { watchPageSignals } from './page-signals';

export default defineContentScript({
  matches: PRESET_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await loadSettings();
    const enabled = (s: Settings) => (id: string) => s.enabledPlatforms[id] !== false;
    const rule = findPlatform(location.href, PRESETS, (r) => enabled(settings)(r.id));
    if (!rule) return;

    const send = (heartbeat: Heartbeat) => {
      browser.runtime.sendMessage(heartbeat).catch(() => {
        // The extension was reloaded or updated: this page's script is orphaned and stops below.
      });
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const signals = watchPageSignals(
      window,
      () => isMediaPlaying(document),
      () => isAwayDialogShown(rule, document),
      () => loop.evaluate(),
      ctx.signal,
    );
    const loop = createHeartbeatLoop(
      {
        platformId: rule.id,
        now: Date.now,
        signals: signals.read,
        target: () => readStudyTarget(rule, document, location.href),
        send,
        schedule: (delayMs, run) => {
          clearTimeout(timer);
          timer = setTimeout(run, delayMs);
        },
      },
      settings,
    );

    const stopWatching = watchSettings((next) => {
      loop.update(enabled(next)(rule.id) ? next : { ...next, paused: true });
    });
    window.addEventListener('hashchange', () => loop.evaluate(), { signal: ctx.signal });
    window.addEventListener('popstate', () => loop.evaluate(), { signal: ctx.signal });
    window.addEventListener('pagehide', () => loop.stop(), { signal: ctx.signal });
    window.addEventListener('pageshow', () => loop.evaluate(), { signal: ctx.signal });
    ctx.onInvalidated(() => {
      clearTimeout(timer);
      stopWatching();
    });
    loop.evaluate();
  },
});
