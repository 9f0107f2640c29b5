import { browser } from '#imports';
import type { Settings } from '@/storage/schemas/settings';
import type { Tracker } from './tracker';

/** A locked screen closes every segment at once; the detection interval follows `idleSeconds`. */
export function setupIdle(tracker: Tracker, settings: () => Settings) {
  const applyInterval = () => browser.idle.setDetectionInterval(settings().idleSeconds);
  applyInterval();
  const onState = (state: string) => tracker.dispatch({ type: state === 'locked' ? 'lock' : 'unlock' });
  browser.idle.onStateChanged.addListener((state) => {
    void onState(state);
  });
  void browser.idle.queryState(settings().idleSeconds).then(onState);
  return { applyInterval };
}
