// `npm start`: builds the demo extension, serves the demo platform and shows StudyTrail working.
// With a display it opens Chromium on a demo lesson and stays until the window is closed; without one
// (a server, CI) it plays the demo lecture headless, prints the recorded minutes and screenshots the popup.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { hasDisplay, launchChromium } from '../e2e/harness/chromium.mjs';
import { unionMs } from '../e2e/harness/intervals.mjs';
import { PROJECT_ROOT } from '../e2e/harness/paths.mjs';
import { LessonPage } from '../e2e/pages/lesson-page.mjs';
import { PopupPage } from '../e2e/pages/popup-page.mjs';
import { startFixtureServer } from '../fixtures/server.mjs';

const PLAY_SECONDS = Number(process.env.DEMO_SECONDS) || 75;
const OUTPUT_DIR = join(PROJECT_ROOT, 'demo-output');

function build() {
  console.log('Building the demo extension (.output/chrome-mv3-demo)…');
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The demo build failed; see the output above.');
  // The portal widget, served with the demo portal at /portal/.
  const widget = spawnSync('npm', ['run', 'build:widget'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (widget.status !== 0) throw new Error('The widget build failed; see the output above.');
}

async function headed(server) {
  const chromium = await launchChromium({ headless: false });
  const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
  await PopupPage.open(chromium.browser, chromium.extension);
  await lesson.page.bringToFront();
  console.log(`Chromium is open on the demo lesson: ${server.origin}/platform/lesson-1.html`);
  console.log('The StudyTrail popup is in the second tab. Close the browser window to stop.');
  await new Promise((resolve) => chromium.browser.once('disconnected', resolve));
  await chromium.close();
}

async function headless(server) {
  const chromium = await launchChromium({ headless: true });
  try {
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    console.log(`The demo lecture is playing; no input is sent. Waiting ${PLAY_SECONDS} s…`);
    await new Promise((resolve) => setTimeout(resolve, PLAY_SECONDS * 1000));
    await lesson.pause();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const playedMs = unionMs(await lesson.playbackIntervals());
    const recordedMs = unionMs(await chromium.extension.sessions());
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await mkdir(OUTPUT_DIR, { recursive: true });
    const screenshot = join(OUTPUT_DIR, 'popup.png');
    await popup.screenshot(screenshot);
    console.log(`Lecture played:      ${(playedMs / 1000).toFixed(1)} s`);
    console.log(`StudyTrail recorded: ${(recordedMs / 1000).toFixed(1)} s`);
    console.log(
      `Popup shows:         ${await popup.text('today-minutes')} (${await popup.todayMinutes()} min today)`,
    );
    console.log(`Popup screenshot:    ${screenshot}`);
    if (recordedMs <= 0) process.exitCode = 1;
  } finally {
    await chromium.close();
  }
}

build();
const server = await startFixtureServer(Number(process.env.PORT) || 0);
console.log(`Demo portal (the widget in its three data modes): ${server.origin}/portal/`);
try {
  if (hasDisplay() && !process.env.CI) await headed(server);
  else await headless(server);
} finally {
  await server.close();
}
