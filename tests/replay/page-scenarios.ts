import type { StudyTarget } from '@/storage/platforms/read-titles';
import { type Action, HOUR, inputs, mmss, type Scenario, SECOND, span } from './scenario';
import { LESSON_1, MORNING, OTHER_LECTURE, READING } from './study-targets';

/** Actions of one type in a tab from `from` to `to` inclusive, every `everyMs`. */
function every(
  type: 'page-script-input' | 'auto-scroll',
  tabId: number,
  from: number,
  to: number,
  everyMs: number,
): Action[] {
  const actions: Action[] = [];
  for (let at = from; at <= to; at += everyMs) actions.push({ at, type, tabId });
  return actions;
}

/** 中国大学MOOC's own pages outside the lesson pages (`/learn/*`): the learner's course list. */
const MOOC_HOME = 'https://www.icourse163.org/home.htm?userId=1#/home/course';

/*
 * Scenarios about what a page takes for study (issue-tracker shapes seen on real platform pages). Each
 * truth is derived by hand from the script with docs/architecture.md section 3 and docs/tracking.md ("What counts").
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

export const syntheticInput: Scenario = {
  id: 'synthetic input',
  start: MORNING,
  duration: mmss(30),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    { at: 0, type: 'input', tabId: 1 },
    // A page script dispatches keydown and pointermove every 2 s; the learner left after one click.
    ...every('page-script-input', 1, mmss(0, 2), mmss(25), 2 * SECOND),
  ],
  truth: [span(0, mmss(3))],
};

export const autoScroll: Scenario = {
  id: 'auto-scrolling notice',
  start: MORNING,
  duration: mmss(30),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    ...inputs(1, 0, mmss(2), [30 * SECOND]),
    // A notice pane scrolls itself every 5 s (trusted scroll events, from the browser, not the learner).
    ...every('auto-scroll', 1, mmss(0, 5), mmss(25), 5 * SECOND),
  ],
  truth: [span(0, mmss(5))],
};

export const mutedAutoplay: Scenario = {
  id: 'muted autoplay',
  start: MORNING,
  duration: mmss(25),
  script: [
    // A course page opens with a muted promo playing large and in view; nobody is at the machine.
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    { at: mmss(0, 1), type: 'play', tabId: 1, media: { muted: true }, watched: false },
    { at: mmss(20), type: 'pause', tabId: 1 },
  ],
  truth: [],
};

export const mutedLoopingPromo: Scenario = {
  id: 'muted looping promo',
  start: MORNING,
  duration: mmss(30),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    { at: mmss(0, 1), type: 'play', tabId: 1, media: { muted: true }, loop: true, watched: false },
    // The learner reads (and clicks: the page has user activation), then walks away; the promo loops on.
    ...inputs(1, mmss(0, 2), mmss(5, 2), [30 * SECOND]),
  ],
  truth: [span(mmss(0, 2), mmss(8, 2))],
};

export const tinyVideo: Scenario = {
  id: 'tiny video',
  start: MORNING,
  duration: mmss(30),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    ...inputs(1, 0, mmss(5), [30 * SECOND]),
    // A muted 1×1 video (a tracking pixel, a keep-alive) plays under the text all along.
    {
      at: mmss(0, 3),
      type: 'play',
      tabId: 1,
      media: { muted: true, box: { x: 0, y: 0, width: 1, height: 1 } },
      watched: false,
    },
  ],
  truth: [span(0, mmss(8))],
};

export const pushStateOutOfLesson: Scenario = {
  id: 'pushState out of a lesson',
  start: MORNING,
  duration: mmss(30),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: OTHER_LECTURE },
    { at: 0, type: 'input', tabId: 1 },
    { at: 0, type: 'play', tabId: 1 },
    // Clicks "my courses": the single-page app leaves the lesson with pushState, the player goes away.
    { at: mmss(10), type: 'input', tabId: 1 },
    { at: mmss(10), type: 'navigate', tabId: 1, target: null, url: MOOC_HOME },
    { at: mmss(10), type: 'pause', tabId: 1 },
    ...inputs(1, mmss(10, 20), mmss(20), [20 * SECOND]),
  ],
  truth: [span(0, mmss(10))],
};

export const pushStateIntoLesson: Scenario = {
  id: 'pushState into a lesson',
  start: MORNING,
  duration: mmss(30),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: null, url: MOOC_HOME },
    ...inputs(1, 0, mmss(5), [20 * SECOND]),
    // Picks a lesson from the course list: pushState into /learn/…, the lecture starts a second later.
    { at: mmss(5), type: 'navigate', tabId: 1, target: OTHER_LECTURE },
    { at: mmss(5, 1), type: 'play', tabId: 1 },
    { at: mmss(25), type: 'pause', tabId: 1 },
  ],
  truth: [span(mmss(5), mmss(25))],
};

export const lateTitle: Scenario = {
  id: 'late title',
  start: MORNING,
  duration: mmss(20),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: READING },
    // The single-page app renders its title 20 s after the page loads.
    { at: 0, type: 'set-title', tabId: 1, title: '' },
    { at: mmss(0, 20), type: 'set-title', tabId: 1, title: READING.lessonTitle },
    ...inputs(1, 0, mmss(10), [30 * SECOND]),
  ],
  truth: [span(0, mmss(13))],
};

/** The lecture with the player's position written into the address, as some players do. */
const positionInUrl = (seconds: number): StudyTarget => ({
  ...OTHER_LECTURE,
  lessonKey: `${OTHER_LECTURE.lessonKey}&t=${seconds}`,
});

export const hashLoop: Scenario = {
  id: 'hash rewritten every second',
  start: MORNING,
  duration: mmss(25),
  script: [
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: OTHER_LECTURE },
    { at: 0, type: 'play', tabId: 1 },
    ...Array.from(
      { length: 600 },
      (_, i): Action => ({
        at: mmss(1) + i * SECOND,
        type: 'navigate',
        tabId: 1,
        target: positionInUrl(i),
      }),
    ),
    { at: mmss(20), type: 'pause', tabId: 1 },
  ],
  truth: [span(0, mmss(20))],
};

export const deadPlayerFrame: Scenario = {
  id: 'dead player frame',
  start: MORNING,
  duration: mmss(30),
  script: [
    // The lecture plays in a cross-origin player frame, which reports through its own script.
    { at: 0, type: 'open-tab', tabId: 1, windowId: 1, target: LESSON_1, framePlayer: true },
    { at: mmss(0, 5), type: 'play', tabId: 1 },
    // The frame's process crashes: no pause, no pagehide, no last report. The tab stays open.
    { at: mmss(10, 7), type: 'kill-frame', tabId: 1 },
  ],
  truth: [span(mmss(0, 5), mmss(10, 7))],
};

/** Every page scenario, in the order the bench prints them. */
export const PAGE_SCENARIOS: readonly Scenario[] = [
  readingClockSetBack,
  syntheticInput,
  autoScroll,
  mutedAutoplay,
  mutedLoopingPromo,
  tinyVideo,
  pushStateOutOfLesson,
  pushStateIntoLesson,
  lateTitle,
  hashLoop,
  deadPlayerFrame,
];
