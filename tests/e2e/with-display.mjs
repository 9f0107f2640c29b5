// Runs a command with a display: as is when one exists, else under `xvfb-run -a` when it is installed
// (headed Chromium is needed for real idle and window-focus events), else headless as a last resort.
import { spawnSync } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
const wrap = !process.env.DISPLAY && hasXvfb;
if (!process.env.DISPLAY && !hasXvfb) {
  console.warn('No display and no xvfb-run: the browser tests run headless.');
}
const result = wrap
  ? spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', command, ...args], { stdio: 'inherit' })
  : spawnSync(command, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
