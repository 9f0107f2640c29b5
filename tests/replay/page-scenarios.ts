import { HOUR, inputs, mmss, type Scenario, SECOND, span } from './scenario';
import { MORNING, READING } from './study-targets';

/*
 * Scenarios about what a page takes for study (issue-tracker shapes seen on real platform pages). Each
 * truth is derived by hand from the script with DESIGN.md section 3 and docs/tracking.md ("What counts").
 */

export const readingClockSetBack: Scenario = {
  id: 'reading, clock set back 2 h',
  start: MORNING,
  duration: mmss(30),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    ...inputs(1, 0, mmss(5), [30 * SECOND]),
    // The clock was two hours fast and is corrected; the learner stops touching anything and walks away.
    { at: mmss(5, 10), type: 'set-clock', deltaMs: -2 * HOUR },
    { at: mmss(25), type: 'close-tab', tabId: 1 },
  ],
  // Input at 5:00 stays fresh for idleSeconds (3 min) of true time: to 8:00, two hours earlier on the clock.
  truth: [span(0, mmss(5, 10)), span(mmss(5, 10) - 2 * HOUR, mmss(8) - 2 * HOUR)],
};

/** Every page scenario, in the order the bench prints them. */
export const PAGE_SCENARIOS: readonly Scenario[] = [readingClockSetBack];
