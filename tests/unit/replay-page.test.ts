import { describe, expect, it } from 'vitest';
import { unionIntervals } from '@/storage/tracking/intervals';
import { replayAccuracy } from '@/tests/replay/accuracy';
import { truthFromTrace } from '@/tests/replay/ground-truth';
import { readingClockSetBack } from '@/tests/replay/page-scenarios';
import type { Scenario } from '@/tests/replay/scenario';
import { type ReplayResult, runScenario } from '@/tests/replay/simulator';

/** Replays a scenario: its hand-derived truth agrees with the rules, and nothing is added. */
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
});
