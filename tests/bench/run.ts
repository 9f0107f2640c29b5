import { unionMs } from '@/storage/tracking/intervals';
import { replayAccuracy } from '@/tests/replay/accuracy';
import { DEFAULT_LOOP_SETTINGS } from '@/tests/replay/scenario';
import { lectureWithoutInput, SCENARIOS } from '@/tests/replay/scenarios';
import { type ReplayResult, runScenario } from '@/tests/replay/simulator';
import { awStyleMs } from './aw-merger';
import { benchBackup } from './backup-bench';
import { buildSizesSection } from './build-sizes';
import { contentScriptCostSection } from './content-script-cost';
import { benchDigest } from './digest-bench';
import { table } from './format';
import { ledgerSection } from './ledger-bench';
import { plansSection } from './plans-bench';
import { popupSection } from './popup-bench';
import { reflectionCardSection } from './reflection-card-bench';
import { printSampleDigest } from './sample-pdf';
import { statsViewsSection } from './stats-views-bench';
import { tickCounterMs } from './tick-counter';
import { widgetSection } from './widget-bench';

/*
 * `npm run bench`: replays every scripted sitting through our engine (the real heartbeat loop and tracker
 * reducer on a simulated machine) and two baselines, and prints accuracy against the ground truth and our
 * cost while a lecture plays (docs/architecture.md section 6). Errors are tracked minus true time: negative = missed.
 * Then the build sizes (build-sizes.ts) and the content script's main-thread time in Chromium
 * (content-script-cost.ts; BENCH_LECTURE_SECONDS sets its window, 60 s by default).
 */

const MINUTE = 60_000;

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const signed = (ms: number) => (ms > 0 ? '+' : '') + seconds(ms);

function accuracyTable(): string {
  const rows = [['scenario', 'truth (min)', 'ours error (s)', 'tick error (s)', 'AW-style error (s)']];
  const totals = { truth: 0, ours: 0, tick: 0, aw: 0, oursAdded: 0, oursAllowance: 0 };
  for (const scenario of SCENARIOS) {
    const result = runScenario(scenario);
    const ours = replayAccuracy(result);
    const truth = ours.truthMs;
    const errors = [ours.trackedMs - truth, tickCounterMs(result) - truth, awStyleMs(result) - truth];
    rows.push([scenario.id, (truth / MINUTE).toFixed(1), ...errors.map(signed)]);
    totals.truth += truth;
    totals.ours += Math.abs(errors[0] ?? 0);
    totals.tick += Math.abs(errors[1] ?? 0);
    totals.aw += Math.abs(errors[2] ?? 0);
    totals.oursAdded += ours.addedMs;
    totals.oursAllowance += ours.allowanceMs;
  }
  rows.push([
    'total |error|',
    (totals.truth / MINUTE).toFixed(1),
    seconds(totals.ours),
    seconds(totals.tick),
    seconds(totals.aw),
  ]);
  return [
    table(rows),
    '',
    `ours: time tracked outside the ground truth, all scenarios: ${seconds(totals.oursAdded)} s`,
    `ours: allowance (one ${DEFAULT_LOOP_SETTINGS.heartbeatSeconds} s heartbeat per interruption), all scenarios: ${seconds(totals.oursAllowance)} s`,
  ].join('\n');
}

/** Messages and writes of tab 1 per minute between two moments of the replay (true time). */
function perMinute(result: ReplayResult, from: number, to: number) {
  const within = (records: { tabId: number; at: number }[]) =>
    records.filter((r) => r.tabId === 1 && r.at >= from && r.at < to).length / ((to - from) / MINUTE);
  return { messages: within(result.messages), writes: within(result.writes) };
}

function costTable(): string {
  const result = runScenario(lectureWithoutInput);
  const lecture = result.truth[0];
  if (!lecture) throw new Error('the lecture scenario has no truth');
  const steady = perMinute(result, result.start + 10 * MINUTE, result.start + 40 * MINUTE);
  const whole = perMinute(result, lecture.start, lecture.end + 1);
  const lectureMinutes = unionMs(result.truth) / MINUTE;
  return [
    `Cost during a steady lecture ('${lectureWithoutInput.id}', heartbeatSeconds ${result.settings.heartbeatSeconds}, one tab):`,
    table([
      ['per minute per tab', 'runtime messages', 'database writes', 'budget'],
      ['steady (minutes 10-40)', steady.messages.toFixed(2), steady.writes.toFixed(2), '<= 4'],
      [
        `whole lecture (${lectureMinutes} min, with start and end)`,
        whole.messages.toFixed(2),
        whole.writes.toFixed(2),
        '<= 4',
      ],
    ]),
  ].join('\n');
}

const started = performance.now();
console.log(`Accuracy over ${SCENARIOS.length} replayed study sittings (error = tracked - truth):\n`);
console.log(accuracyTable());
console.log('');
console.log(costTable());
console.log('');
console.log(buildSizesSection());
console.log('');
console.log(await contentScriptCostSection());
console.log('');
console.log(await widgetSection());
console.log('');
console.log(await reflectionCardSection());
console.log('');
console.log(await popupSection());
console.log('');
await benchDigest();
console.log('');
console.log(plansSection());
console.log('');
console.log(await statsViewsSection());
console.log('');
await benchBackup();
console.log('');
console.log(`${await ledgerSection()}\n`);
console.log(await printSampleDigest());
console.log(`\n(bench ran in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
