import { existsSync, statSync } from 'node:fs';
import type { Browser, CDPSession, Protocol } from 'puppeteer-core';
import { launchChromium } from '../e2e/harness/chromium.mjs';
import { unionMs } from '../e2e/harness/intervals.mjs';
import { CHROME_DEMO_BUILD, CHROMIUM_PATH } from '../e2e/harness/paths.mjs';
import { LessonPage } from '../e2e/pages/lesson-page.mjs';
import { startFixtureServer } from '../fixtures/server.mjs';
import { table } from './format';
import { launchPlainChromium } from './plain-chromium';

/*
 * The content script's main-thread time while a lecture plays (docs/architecture.md section 6: under 0.1 % of wall
 * time). Two headless Chromium runs with the same command line play the demo lesson (a 900 s lecture):
 * one without any extension, one with the demo build. In each, after a warm-up, the lesson page's CDP
 * session takes `Performance.getMetrics` at both ends of the window and samples the renderer's V8 with the
 * CPU profiler. The profiler isolates the content script (its frames carry the script's URL); the
 * ScriptDuration difference between the runs is a second, noisier estimate.
 */

const DEFAULT_WINDOW_SECONDS = 60;
/** The demo lecture is 900 s long: the window and the warm-up must fit in it. */
const MAX_WINDOW_SECONDS = 880;
/** After the lecture plays: lets injection at document_idle and the first heartbeat pass. */
const WARMUP_MS = 5000;
/** CPU profiler sampling interval (µs), the same in both runs. */
const SAMPLING_INTERVAL_US = 100;
const LESSON_PATH = '/platform/lesson-1.html';
const CONTENT_SCRIPT_PATH = 'content-scripts/platform.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Metrics {
  scriptMs: number;
  taskMs: number;
  timestampMs: number;
}

async function metrics(session: CDPSession): Promise<Metrics> {
  const { metrics } = await session.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return {
    scriptMs: seconds('ScriptDuration') * 1000,
    taskMs: seconds('TaskDuration') * 1000,
    timestampMs: seconds('Timestamp') * 1000,
  };
}

interface ProfileTimes {
  /** Self time of frames whose URL is the content script. */
  selfMs: number;
  selfSamples: number;
  /** Time of samples with a content-script frame anywhere on the stack (its DOM and native calls too). */
  inclusiveMs: number;
  /** Time of every sample that is not `(idle)`. */
  busyMs: number;
  samples: number;
}

/** Splits a V8 CPU profile's time: each sample lasts until the next one (the last one until `endTime`). */
export function profileTimes(profile: Protocol.Profiler.Profile, scriptUrl: string | null): ProfileTimes {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const underScript = new Map<number, boolean>();
  const isUnderScript = (id: number): boolean => {
    const path: number[] = [];
    let current: number | undefined = id;
    let found = false;
    while (current !== undefined) {
      const known = underScript.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(current);
      if (scriptUrl !== null && byId.get(current)?.callFrame.url === scriptUrl) {
        found = true;
        break;
      }
      current = parentOf.get(current);
    }
    for (const visited of path) underScript.set(visited, found);
    return found;
  };

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times = { selfMs: 0, selfSamples: 0, inclusiveMs: 0, busyMs: 0, samples: samples.length };
  let at = profile.startTime;
  const stamps = deltas.map((delta) => {
    at += delta;
    return at;
  });
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? -1;
    const start = stamps[i] ?? profile.startTime;
    const durationMs = Math.max(0, (stamps[i + 1] ?? profile.endTime) - start) / 1000;
    const node = byId.get(id);
    if (node?.callFrame.functionName !== '(idle)') times.busyMs += durationMs;
    if (scriptUrl !== null && node?.callFrame.url === scriptUrl) {
      times.selfMs += durationMs;
      times.selfSamples++;
    }
    if (isUnderScript(id)) times.inclusiveMs += durationMs;
  }
  return times;
}

interface RunResult {
  scriptMs: number;
  taskMs: number;
  wallMs: number;
  profile: ProfileTimes;
  /** Isolated worlds of an extension seen in the lesson page. */
  extensionWorlds: number;
  playingAtEnd: boolean;
  /** The page's own record of how long the lecture has played (since page load). */
  playedMs: number;
}

async function measureRun(
  browser: Browser,
  origin: string,
  windowSeconds: number,
  scriptUrl: string | null,
): Promise<RunResult> {
  const lesson = await LessonPage.open(browser, `${origin}${LESSON_PATH}`);
  const page = lesson.page;
  await page.bringToFront();
  await lesson.waitForPlaying();
  await sleep(WARMUP_MS);
  const session = await page.createCDPSession();

  // Runtime.enable reports the contexts that exist: is the content script's isolated world there?
  const worlds: Protocol.Runtime.ExecutionContextDescription[] = [];
  session.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
  await session.send('Runtime.enable');
  await session.send('Runtime.disable');
  const extensionWorlds = worlds.filter((world) => world.origin.startsWith('chrome-extension://')).length;

  await session.send('Performance.enable');
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await session.send('Profiler.start');
  const before = await metrics(session);
  await sleep(windowSeconds * 1000);
  const after = await metrics(session);
  const { profile } = await session.send('Profiler.stop');
  await session.send('Profiler.disable');
  await session.send('Performance.disable');
  const playingAtEnd = await page.evaluate(() => {
    const video = document.querySelector('video');
    return Boolean(video && !video.paused && !video.ended);
  });
  await session.detach();
  const playedMs = unionMs(await lesson.playbackIntervals());
  return {
    scriptMs: after.scriptMs - before.scriptMs,
    taskMs: after.taskMs - before.taskMs,
    wallMs: after.timestampMs - before.timestampMs,
    profile: profileTimes(profile, scriptUrl),
    extensionWorlds,
    playingAtEnd,
    playedMs,
  };
}

function windowSeconds(): number | string {
  const raw = process.env.BENCH_LECTURE_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_WINDOW_SECONDS;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > MAX_WINDOW_SECONDS) {
    return `BENCH_LECTURE_SECONDS=${raw} is not a number of seconds in (0, ${MAX_WINDOW_SECONDS}]`;
  }
  return value;
}

const ms = (value: number) => value.toFixed(1);
const percentOf = (part: number, whole: number) => `${((100 * part) / whole).toFixed(4)} %`;
const meanSampleUs = (run: RunResult) => ((1000 * run.wallMs) / Math.max(run.profile.samples, 1)).toFixed(0);
const skipped = (why: string) => `Content-script main-thread time: browser part skipped: ${why}`;

export async function contentScriptCostSection(): Promise<string> {
  const seconds = windowSeconds();
  if (typeof seconds === 'string') return skipped(seconds);
  if (!existsSync(CHROMIUM_PATH)) {
    return skipped(`no Chromium at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`);
  }
  if (!existsSync(`${CHROME_DEMO_BUILD}/manifest.json`)) {
    return skipped(`no demo build at ${CHROME_DEMO_BUILD} (\`npm run build:demo\` failed or was not run)`);
  }

  let server: Awaited<ReturnType<typeof startFixtureServer>> | undefined;
  try {
    server = await startFixtureServer();
    const origin = server.origin;

    const plain = await launchPlainChromium({ headless: true });
    let version: string;
    let without: RunResult;
    try {
      version = await plain.browser.version();
      without = await measureRun(plain.browser, origin, seconds, null);
    } finally {
      await plain.close();
    }

    const withExtension = await launchChromium({ headless: true, extensionDir: CHROME_DEMO_BUILD });
    let withRun: RunResult;
    let scriptUrl: string;
    let rows: number;
    let trackedMs: number;
    try {
      scriptUrl = withExtension.extension.url(CONTENT_SCRIPT_PATH);
      withRun = await measureRun(withExtension.browser, origin, seconds, scriptUrl);
      const sessions = (await withExtension.extension.sessions()) as { start: number; end: number }[];
      rows = sessions.length;
      trackedMs = sessions.reduce((sum, row) => sum + (row.end - row.start), 0);
    } finally {
      await withExtension.close();
    }

    const wall = withRun.wallMs;
    const self = withRun.profile.selfMs;
    const difference = withRun.scriptMs - without.scriptMs;
    const verdict = (value: number) => (value < wall / 1000 ? 'within budget' : 'OVER BUDGET');
    const warnings = [
      ...(withRun.extensionWorlds === 0
        ? ['warning: no extension isolated world in the lesson page: the content script did not run']
        : []),
      ...(without.extensionWorlds > 0
        ? ['warning: the baseline run has an extension world in the page']
        : []),
      ...(!withRun.playingAtEnd || !without.playingAtEnd
        ? ['warning: the lecture was not playing at the end of a window']
        : []),
    ];
    return [
      `Content-script main-thread time on the demo lecture (${version}, headless; ${LESSON_PATH} playing;`,
      `${seconds} s window after a ${WARMUP_MS / 1000} s warm-up; CPU profiler sampling every ${SAMPLING_INTERVAL_US} µs in both runs):`,
      table([
        ['run', 'ScriptDuration Δ (ms)', 'TaskDuration Δ (ms)', 'wall (s)', 'profiler busy (ms)'],
        ...(
          [
            ['without extension', without],
            ['with demo extension', withRun],
          ] as const
        ).map(([name, run]) => [
          name,
          ms(run.scriptMs),
          ms(run.taskMs),
          (run.wallMs / 1000).toFixed(1),
          ms(run.profile.busyMs),
        ]),
      ]),
      '',
      `content-script main-thread time: ${ms(self)} ms over ${seconds} s = ${percentOf(self, wall)} of wall time (budget < 0.1 %): ${verdict(self)}`,
      `  (profiler self time of ${scriptUrl}: ${withRun.profile.selfSamples} of ${withRun.profile.samples} samples, one per ${meanSampleUs(withRun)} µs on average)`,
      `  with the DOM and native calls it makes (samples with the content script on the stack): ${ms(withRun.profile.inclusiveMs)} ms = ${percentOf(withRun.profile.inclusiveMs, wall)}`,
      `second estimate, ScriptDuration with minus without: ${ms(difference)} ms = ${percentOf(difference, wall)} of wall time (includes run-to-run noise)`,
      `the script: ${CONTENT_SCRIPT_PATH}, ${(statSync(`${CHROME_DEMO_BUILD}/${CONTENT_SCRIPT_PATH}`).size / 1000).toFixed(1)} kB, injected into each frame of the page (size and parse+compile time per frame: see the build sizes above)`,
      `check: the extension recorded ${rows} session row(s), ${(trackedMs / 1000).toFixed(1)} s in total, of ${(withRun.playedMs / 1000).toFixed(1)} s the lecture played since page load (heartbeats every 15 s by default)`,
      ...warnings,
    ].join('\n');
  } catch (error) {
    return skipped(`Chromium run failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await server?.close();
  }
}
