import type { PlatformRule } from '@/storage/schemas/platform-rule';
import type { LoopSettings } from '@/storage/tracking/heartbeat-loop';
import { watchLocation } from './location-watch';
import type { PagePorts } from './page-ports';
import { startPageTracker } from './page-tracker';
import { type RuleSettings, ruleForPage } from './rule-for-page';

export type TopFrameSettings = LoopSettings & RuleSettings;

/**
 * In a tab's top frame: picks the platform rule for the page's address, now and after every in-page
 * navigation. A page a rule covers gets a tracker; leaving the rule's pages (or the rule being turned
 * off) stops it, which closes its segment with a disengaging heartbeat; entering them starts one.
 */
export function startTopFrame(win: Window, initial: TopFrameSettings, ports: PagePorts, signal: AbortSignal) {
  let settings = initial;
  let current: {
    rule: PlatformRule;
    stop: AbortController;
    tracker: ReturnType<typeof startPageTracker>;
  } | null = null;

  const follow = () => {
    const rule = ruleForPage(win.location.href, settings);
    if (current && rule?.id === current.rule.id) {
      current.tracker.evaluate();
      return;
    }
    current?.stop.abort();
    current = null;
    if (!rule || signal.aborted) return;
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { signal: stop.signal });
    current = { rule, stop, tracker: startPageTracker(win, rule, settings, ports, stop.signal) };
  };

  follow();
  watchLocation(win, follow, signal, ports.clock);
  return {
    /** Settings apply live: a rule turned off stops its tracker, one turned on starts. */
    update(next: TopFrameSettings) {
      settings = next;
      const rule = ruleForPage(win.location.href, settings);
      if (current && rule?.id === current.rule.id) current.tracker.update(next);
      else follow();
    },
    /** The rule in force, if any. */
    ruleId: () => current?.rule.id ?? null,
  };
}
