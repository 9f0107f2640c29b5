import { browser } from '#imports';
import type { Settings } from '@/storage/schemas/settings';
import type { Tracker } from './tracker';

/** A locked screen closes every segment at once; the detection interval follows `idleSeconds`. */
export function setupIdle(tracker: Tracker, settings: () => Settings) {
  const applyInterval = () => browser.idle.setDetectionInterval(settings().idleSeconds);
  applyInterval();
  browser.idle.onStateChanged.addListener((state) => {
    void tracker.setLocked(state === 'locked');
  });
  browser.idle.queryState(settings().idleSeconds).then((state) => tracker.setLocked(state === 'locked'));
  return { applyInterval };
}
