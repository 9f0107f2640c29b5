import { describe, expect, it } from 'vitest';
import { msOnDay } from '@/storage/tracking/day-totals';
import { type Interval, unionIntervals, unionMs } from '@/storage/tracking/intervals';
import { accuracyOf, replayAccuracy } from '@/tests/replay/accuracy';
import { truthFromTrace } from '@/tests/replay/ground-truth';
import { MINUTE, type Scenario } from '@/tests/replay/scenario';
import {
  acrossMidnight,
  backgroundAudioOff,
  backgroundAudioOn,
  browserClosed,
  clockSetBackwards,
  idleThresholdCrossed,
  laptopSleep,
  lectureWithoutInput,
  lessonChange,
  lockAndUnlock,
  restDialog,
  sleepBeforeInputLapses,
  steadyReading,
  switchToOtherSite,
  twoMonitorsBothPlaying,
  twoTabsOneWindow,
  workerRestart,
} from '@/tests/replay/scenarios';
import { type ReplayResult, runScenario } from '@/tests/replay/simulator';

/** Asserts docs/architecture.md section 6 for tracked against true intervals: nothing added, little missed. */
function expectWithinOneHeartbeatPerInterruption(
  tracked: readonly Interval[],
  truth: readonly Interval[],
  what: string,
  heartbeatSeconds = 15,
) {
  const accuracy = accuracyOf(tracked, truth, heartbeatSeconds);
  expect(accuracy.addedMs, `${what}: ms tracked outside the ground truth`).toBe(0);
  expect(accuracy.missedMs, `${what}: ms of ground truth not tracked`).toBeLessThanOrEqual(
    accuracy.allowanceMs,
  );
}

/**
 * Replays a scenario and checks it: the hand-derived truth agrees with the rules applied to what happened,
 * and the tracked union of sessions is within one heartbeat per interruption, adding nothing.
 */
function replay(scenario: Scenario): ReplayResult {
  const result = runScenario(scenario);
  const derived = truthFromTrace(result.trace, result.end, result.settings);
  expect(derived.all, 'hand-derived truth against the rules').toEqual(unionIntervals(result.truth));
  for (const [lessonKey, truth] of Object.entries(result.truthByLesson)) {
    expect(derived.byLesson[lessonKey], `hand-derived truth of ${lessonKey}`).toEqual(unionIntervals(truth));
  }
  expect(result.settings.heartbeatSeconds).toBe(15);
  const accuracy = replayAccuracy(result);
  expect(accuracy.addedMs, 'ms tracked outside the ground truth').toBe(0);
  expect(accuracy.missedMs, 'ms of ground truth not tracked').toBeLessThanOrEqual(accuracy.allowanceMs);
  return result;
}

const sessionsOfTab = (result: ReplayResult, tabId: number) =>
  result.sessions.filter((s) => s.tabId === tabId);

describe('replayed study sittings: tracked time against the ground truth', () => {
  it('steady reading with input counts the whole sitting up to the tab closing', () => {
    const result = replay(steadyReading);
    expect(result.sessions).toHaveLength(1);
  });

  it('a lecture without input counts while the video plays', () => {
    const result = replay(lectureWithoutInput);
    expect(result.sessions.map((s) => s.kind)).toEqual(['media']);
  });

  it('crossing the idle threshold stops the count at the last input plus idleSeconds', () => {
    replay(idleThresholdCrossed);
  });

  it('a screen lock closes the segment at once and heartbeats while locked are ignored', () => {
    const result = replay(lockAndUnlock);
    expect(result.ignored.filter((reason) => reason === 'locked').length).toBeGreaterThan(30);
  });

  it('a laptop sleep (a time jump) adds no time and costs at most one heartbeat interval', () => {
    replay(laptopSleep);
  });

  it('a laptop sleep shortly before input goes stale adds no time for the sleep', () => {
    replay(sleepBeforeInputLapses);
  });

  it('two tabs in one window hand over without a gap and count one clock', () => {
    const result = replay(twoTabsOneWindow);
    expect(sessionsOfTab(result, 2).length).toBeGreaterThan(0);
  });

  it('two windows on two monitors, both playing, count their overlap once', () => {
    const result = replay(twoMonitorsBothPlaying);
    const sum = result.sessions.reduce((total, s) => total + s.end - s.start, 0);
    // Both windows really were engaged at once for 25 minutes; the union counts that once.
    expect(sum - unionMs(result.sessions)).toBeGreaterThan(24 * MINUTE);
  });

  it('switching to a non-platform tab stops the count until the learner comes back', () => {
    replay(switchToOtherSite);
  });

  it('a service-worker restart mid-segment continues the same segment', () => {
    const result = replay(workerRestart);
    expect(result.sessions).toHaveLength(1);
  });

  it('a browser closed mid-segment never counts the closed time, even when the tab id is reused', () => {
    const result = replay(browserClosed);
    expect(sessionsOfTab(result, 1)).toHaveLength(2);
  });

  it('a session across midnight in Asia/Shanghai counts on both days', () => {
    const result = replay(acrossMidnight);
    const zone = 'Asia/Shanghai';
    expect(acrossMidnight.timeZone).toBe(zone);
    for (const date of ['2026-04-15', '2026-04-16']) {
      const tracked = msOnDay(result.sessions, date, zone);
      const truth = msOnDay(result.truth, date, zone);
      expect(tracked, `${date}: tracked within a heartbeat of the truth`).toBeGreaterThanOrEqual(
        truth - 15_000,
      );
      expect(tracked, `${date}: nothing added`).toBeLessThanOrEqual(truth);
    }
    expect(msOnDay(result.truth, '2026-04-15', zone)).toBe(20 * MINUTE);
    expect(msOnDay(result.truth, '2026-04-16', zone)).toBe(25 * MINUTE);
  });

  it('a lesson change inside a single-page player gives each lesson key its own time', () => {
    const result = replay(lessonChange);
    const keys = Object.keys(result.truthByLesson);
    expect(keys).toHaveLength(2);
    for (const lessonKey of keys) {
      const tracked = result.sessions.filter((s) => s.lessonKey === lessonKey);
      expectWithinOneHeartbeatPerInterruption(tracked, result.truthByLesson[lessonKey] ?? [], lessonKey);
    }
  });

  it('a background tab with audio is not counted with countBackgroundAudio off', () => {
    const result = replay(backgroundAudioOff);
    expect(result.sessions.some((s) => s.kind === 'background-audio')).toBe(false);
  });

  it('a background tab with audio is counted with countBackgroundAudio on', () => {
    const result = replay(backgroundAudioOn);
    expect(result.sessions.some((s) => s.kind === 'background-audio')).toBe(true);
  });

  it('a clock set backwards mid-lecture keeps counting the lecture', () => {
    replay(clockSetBackwards);
  });

  it('the platform\'s "are you still there" dialog stops the count until it is answered', () => {
    replay(restDialog);
  });
});
