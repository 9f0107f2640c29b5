import { browser } from '#imports';
import type { Settings } from '@/storage/schemas/settings';
import type { Tracker } from './tracker';

const EVENTS = { locked: 'lock', idle: 'idle', active: 'unlock' } as const;

/**
 * A locked screen closes every segment at once; a long system idle ends media-only counting (where the
 * browser never reports `locked`). The detection interval follows `idleSeconds`.
 */
export function setupIdle(
  tracker: Tracker,
  settings: () => Settings,
  ready: Promise<unknown> = Promise.resolve(),
) {
  const applyInterval = () => browser.idle.setDetectionInterval(settings().idleSeconds);
  applyInterval();
  const onState = (state: string) =>
    tracker.dispatch({ type: EVENTS[state as keyof typeof EVENTS] ?? 'unlock' });
  browser.idle.onStateChanged.addListener((state) => {
    void onState(state);
  });
  // Asked with the stored interval, not the default: a restarted worker must not take a long idle for 'active'.
  void ready.then(() => browser.idle.queryState(settings().idleSeconds)).then(onState);
  return { applyInterval };
}
