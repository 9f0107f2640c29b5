import { describe, expect, it } from 'vitest';
import { unionIntervals } from '@/storage/tracking/intervals';
import { replayAccuracy } from '@/tests/replay/accuracy';
import { truthFromTrace } from '@/tests/replay/ground-truth';
import {
  autoScroll,
  deadPlayerFrame,
  hashLoop,
  lateTitle,
  mutedAutoplay,
  mutedLoopingPromo,
  pushStateIntoLesson,
  pushStateOutOfLesson,
  readingClockSetBack,
  syntheticInput,
  tinyVideo,
} from '@/tests/replay/page-scenarios';
import { mmss, type Scenario, SECOND } from '@/tests/replay/scenario';
import { type ReplayResult, runScenario } from '@/tests/replay/simulator';

/** Replays a scenario through the real page modules: its truth agrees with the rules, nothing is added. */
function replay(scenario: Scenario): ReplayResult {
  const result = runScenario(scenario);
  const derived = truthFromTrace(result.trace, result.end, result.settings);
  expect(derived.all, 'hand-derived truth against the rules').toEqual(unionIntervals(result.truth));
  const accuracy = replayAccuracy(result);
  expect(accuracy.addedMs, 'ms tracked outside the ground truth').toBe(0);
  expect(accuracy.missedMs, 'ms of ground truth not tracked').toBeLessThanOrEqual(accuracy.allowanceMs);
  return result;
}

describe('replayed page shapes: tracked time against the ground truth', () => {
  it('reading with input, then the clock set back two hours and the learner gone, adds nothing', () => {
    replay(readingClockSetBack);
  });

  it('a page script dispatching keydown and pointermove every 2 s counts nothing after the learner left', () => {
    replay(syntheticInput);
  });

  it('a notice pane scrolling itself is not input', () => {
    replay(autoScroll);
  });

  it('a muted video autoplaying on a page nobody touched counts nothing', () => {
    const result = replay(mutedAutoplay);
    expect(result.sessions).toEqual([]);
  });

  it('a muted looping promo counts nothing once the reading lapses', () => {
    replay(mutedLoopingPromo);
  });

  it('a muted 1×1 video playing under the text counts nothing once the reading lapses', () => {
    replay(tinyVideo);
  });

  it('a pushState out of a lesson closes the segment; reading the course list counts nothing', () => {
    const result = replay(pushStateOutOfLesson);
    expect(result.sessions.every((s) => s.platformId === 'icourse163')).toBe(true);
  });

  it('a pushState from the course list into a lesson starts counting', () => {
    const result = replay(pushStateIntoLesson);
    expect(result.sessions.map((s) => s.kind)).toContain('media');
  });

  it('a title that renders late adds nothing', () => {
    replay(lateTitle);
  });

  it('a player rewriting the address every second adds nothing', () => {
    replay(hashLoop);
  });

  it('a player frame that dies without a word stops counting at its last report, and the tab falls silent', () => {
    const result = replay(deadPlayerFrame);
    const died = result.start + mmss(10, 7);
    // Forgotten two intervals after its last report; one more interval for the timer that notices.
    const late = result.messages.filter((message) => message.at > died + 3 * 15 * SECOND);
    expect(late).toEqual([]);
    expect(result.sessions.at(-1)?.end).toBeLessThanOrEqual(died);
  });
});
