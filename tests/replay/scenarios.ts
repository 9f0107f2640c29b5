import { PAGE_SCENARIOS } from './page-scenarios';
import { HOUR, inputs, MINUTE, mmss, type Scenario, SECOND, span } from './scenario';
import { LATE_EVENING, LESSON_1, LESSON_2, MORNING, OTHER_LECTURE, READING } from './study-targets';

/*
 * Scripted study sittings. Times are stopwatch offsets (`mmss(20, 7)` = 20:07 into the sitting); each truth
 * is derived by hand from the script with docs/architecture.md section 3, and the replay test checks it against an
 * independent reading of the rules (ground-truth.ts) as well.
 */

/** Irregular reading: a scroll or click every 10 s to 2.5 min, never 3 min without one. */
const READING_GAPS = [20, 45, 90, 10, 150, 30].map((s) => s * SECOND);

export const steadyReading: Scenario = {
  id: 'reading with input',
  start: MORNING,
  duration: mmss(35),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    ...inputs(1, 0, mmss(30), READING_GAPS),
    { at: mmss(30, 30), type: 'close-tab', tabId: 1 },
  ],
  truth: [span(0, mmss(30, 30))],
};

export const lectureWithoutInput: Scenario = {
  id: 'lecture, no input',
  start: MORNING,
  duration: mmss(50),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: mmss(0, 5), type: 'play', tabId: 1 },
    { at: mmss(45, 5), type: 'pause', tabId: 1 },
  ],
  truth: [span(mmss(0, 5), mmss(45, 5))],
};

export const idleThresholdCrossed: Scenario = {
  id: 'idle threshold',
  start: MORNING,
  duration: mmss(40),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    ...inputs(1, 0, mmss(10), [30 * SECOND]),
    // Walks away from the open page; back at 25:00.
    ...inputs(1, mmss(25), mmss(35), [30 * SECOND]),
    { at: mmss(35, 10), type: 'close-tab', tabId: 1 },
  ],
  truth: [span(0, mmss(13)), span(mmss(25), mmss(35, 10))],
};

export const lockAndUnlock: Scenario = {
  id: 'lock / unlock',
  start: MORNING,
  duration: mmss(45),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    // Locks the screen for a coffee and leaves the lecture running.
    { at: mmss(20, 7), type: 'lock' },
    { at: mmss(30, 7), type: 'unlock' },
    { at: mmss(40), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(20, 7)), span(mmss(30, 7), mmss(40))],
};

export const laptopSleep: Scenario = {
  id: 'laptop sleep',
  start: MORNING,
  duration: mmss(85),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    // Closes the lid mid-lecture; on wake the video goes on playing.
    { at: mmss(20, 7), type: 'sleep', durationMs: 40 * MINUTE },
    { at: mmss(80), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(20, 7)), span(mmss(60, 7), mmss(80))],
};

export const sleepBeforeInputLapses: Scenario = {
  id: 'sleep near idle lapse',
  start: MORNING,
  duration: mmss(50),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    ...inputs(1, 0, mmss(5), [30 * SECOND]),
    // Reads 2:50 without touching anything, then closes the lid: 10 s before input would go stale.
    { at: mmss(7, 50), type: 'sleep', durationMs: 30 * MINUTE },
    ...inputs(1, mmss(38), mmss(45), [30 * SECOND]),
    { at: mmss(45, 5), type: 'close-tab', tabId: 1 },
  ],
  truth: [span(0, mmss(7, 50)), span(mmss(38), mmss(45, 5))],
};

export const twoTabsOneWindow: Scenario = {
  id: 'two tabs, one window',
  start: MORNING,
  duration: mmss(40),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: mmss(0, 3), type: 'play', tabId: 1 },
    // Opens a reading page in a second tab; the video plays on, hidden (background audio is off).
    { at: mmss(10), type: 'open-tab', tabId: 2, windowId: 1, target: READING },
    ...inputs(2, mmss(10, 2), mmss(20), [30 * SECOND]),
    { at: mmss(20, 10), type: 'activate-tab', tabId: 1 },
    { at: mmss(35), type: 'pause', tabId: 1 },
  ],
  truth: [span(mmss(0, 3), mmss(10)), span(mmss(10, 2), mmss(35))],
};

export const twoMonitorsBothPlaying: Scenario = {
  id: 'two monitors, both playing',
  start: MORNING,
  duration: mmss(45),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'input', tabId: 1 },
    { at: 0, type: 'play', tabId: 1 },
    // A second window on the second monitor: both stay visible, one has focus.
    { at: mmss(5), type: 'open-tab', tabId: 2, windowId: 2, target: OTHER_LECTURE },
    { at: mmss(5), type: 'input', tabId: 2 },
    { at: mmss(5), type: 'play', tabId: 2 },
    { at: mmss(10), type: 'focus-window', windowId: 1 },
    { at: mmss(10), type: 'input', tabId: 1 },
    { at: mmss(30), type: 'pause', tabId: 1 },
    { at: mmss(40), type: 'pause', tabId: 2 },
  ],
  truth: [span(0, mmss(40))],
};

export const switchToOtherSite: Scenario = {
  id: 'non-platform tab',
  start: MORNING,
  duration: mmss(35),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    // Answers student mail in another tab while the lecture plays on, hidden.
    { at: mmss(12), type: 'open-tab', tabId: 2, windowId: 1, target: null },
    ...inputs(2, mmss(12, 5), mmss(19, 55), [20 * SECOND]),
    { at: mmss(20), type: 'activate-tab', tabId: 1 },
    { at: mmss(30), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(12)), span(mmss(20), mmss(30))],
};

export const workerRestart: Scenario = {
  id: 'service-worker restart',
  start: MORNING,
  duration: mmss(35),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    { at: mmss(10, 7), type: 'restart-worker' },
    { at: mmss(20, 3), type: 'restart-worker' },
    { at: mmss(30), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(30))],
};

export const browserClosed: Scenario = {
  id: 'browser closed',
  start: MORNING,
  duration: mmss(35),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    // The browser dies mid-lecture and is back 8 s later, restoring the tab under the same id.
    { at: mmss(15, 7), type: 'close-browser' },
    { at: mmss(15, 15), type: 'relaunch-browser' },
    { at: mmss(15, 15), type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: mmss(15, 20), type: 'play', tabId: 1 },
    { at: mmss(30), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(15, 7)), span(mmss(15, 20), mmss(30))],
};

export const acrossMidnight: Scenario = {
  id: 'across midnight',
  start: LATE_EVENING,
  duration: mmss(50),
  timeZone: 'Asia/Shanghai',
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    { at: mmss(45), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(45))],
};

export const lessonChange: Scenario = {
  id: 'lesson change (SPA)',
  start: MORNING,
  duration: mmss(50),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    // Clicks the next lesson in the catalogue; the player swaps videos without stopping.
    { at: mmss(20), type: 'input', tabId: 1 },
    { at: mmss(20, 1), type: 'navigate', tabId: 1, target: LESSON_2 },
    { at: mmss(45), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(45))],
  truthByLesson: {
    [LESSON_1.lessonKey]: [span(0, mmss(20, 1))],
    [LESSON_2.lessonKey]: [span(mmss(20, 1), mmss(45))],
  },
};

/** An audio lecture plays on while notes are typed in another (non-platform) tab. */
function backgroundAudio(countBackgroundAudio: boolean): Scenario {
  return {
    id: `background audio, ${countBackgroundAudio ? 'on' : 'off'}`,
    start: MORNING,
    duration: mmss(40),
    settings: { countBackgroundAudio },
    script: [
      { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
      { at: 0, type: 'play', tabId: 1 },
      { at: mmss(10), type: 'open-tab', tabId: 2, windowId: 1, target: null },
      ...inputs(2, mmss(10, 5), mmss(24, 55), [MINUTE]),
      { at: mmss(25), type: 'activate-tab', tabId: 1 },
      { at: mmss(35), type: 'pause', tabId: 1 },
    ],
    truth: countBackgroundAudio ? [span(0, mmss(35))] : [span(0, mmss(10)), span(mmss(25), mmss(35))],
  };
}

export const backgroundAudioOff = backgroundAudio(false);
export const backgroundAudioOn = backgroundAudio(true);

export const clockSetBackwards: Scenario = {
  id: 'clock set back 2 h',
  start: MORNING,
  duration: mmss(65),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    // The machine's clock was two hours fast and is corrected mid-lecture.
    { at: mmss(30, 7), type: 'set-clock', deltaMs: -2 * HOUR },
    { at: mmss(60), type: 'pause', tabId: 1 },
  ],
  // On the machine's clock the second half lies two hours before the first.
  truth: [span(0, mmss(30, 7)), span(mmss(30, 7) - 2 * HOUR, mmss(60) - 2 * HOUR)],
};

export const restDialog: Scenario = {
  id: 'rest dialog',
  start: MORNING,
  duration: mmss(45),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1 },
    { at: 0, type: 'play', tabId: 1 },
    // enaea's "are you still there" dialog pauses the player; the learner answers it three minutes later.
    { at: mmss(20), type: 'away-dialog', tabId: 1, shown: true },
    { at: mmss(20), type: 'pause', tabId: 1 },
    { at: mmss(23), type: 'input', tabId: 1 },
    { at: mmss(23), type: 'away-dialog', tabId: 1, shown: false },
    { at: mmss(23), type: 'play', tabId: 1 },
    { at: mmss(40), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(20)), span(mmss(23), mmss(40))],
};

/** Every scenario, in the order the bench prints them. */
export const SCENARIOS: readonly Scenario[] = [
  steadyReading,
  lectureWithoutInput,
  idleThresholdCrossed,
  lockAndUnlock,
  laptopSleep,
  sleepBeforeInputLapses,
  twoTabsOneWindow,
  twoMonitorsBothPlaying,
  switchToOtherSite,
  workerRestart,
  browserClosed,
  acrossMidnight,
  lessonChange,
  backgroundAudioOff,
  backgroundAudioOn,
  clockSetBackwards,
  restDialog,
  ...PAGE_SCENARIOS,
];
