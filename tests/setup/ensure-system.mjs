// Makes sure the system packages a command needs are present before it runs: installs them with apt-get when
// it can (root, or password-less sudo), else stops at once with the exact command to run. Never prompts.
// Usage: node tests/setup/ensure-system.mjs start|test|ci
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import {
  brokenOverrides,
  explainMessage,
  missingPackages,
  planAfterInstall,
  planSetup,
} from './system-needs.mjs';

const purpose = process.argv[2];
if (purpose !== 'start' && purpose !== 'test' && purpose !== 'ci') {
  console.error('usage: node tests/setup/ensure-system.mjs start|test|ci');
  process.exit(2);
}

/** Exit status of a command run without a shell prompt or stdin; -1 when it cannot be started. */
const statusOf = (/** @type {string[]} */ [command, ...args], inherit = false) =>
  spawnSync(command, args, {
    stdio: ['ignore', inherit ? 'inherit' : 'ignore', inherit ? 'inherit' : 'ignore'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status ?? -1;

/** @type {import('./system-needs.mjs').Probe} */
const probe = {
  executable(path) {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  onPath: (command) => statusOf(['sh', '-c', `command -v ${command}`]) === 0,
  hasCjkFont() {
    const list = spawnSync('fc-list', [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (list.status === 0 && /noto sans cjk/i.test(list.stdout)) return true;
    return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  },
  env: process.env,
};

const stop = (/** @type {Extract<import('./system-needs.mjs').Plan, { action: 'explain' }>} */ plan) => {
  console.error(`\n${explainMessage(plan, purpose)}\n`);
  process.exit(1);
};

const broken = brokenOverrides(probe);
if (broken.length > 0) {
  console.error(`\n${broken.join(', ')}: no executable there. Correct the path or unset the variable.\n`);
  process.exit(1);
}

const plan = planSetup(missingPackages(purpose, probe), {
  isRoot: process.getuid?.() === 0,
  hasAptGet: probe.onPath('apt-get'),
  hasSudo: probe.onPath('sudo') && statusOf(['sudo', '-n', 'true']) === 0,
});
if (plan.action === 'explain') stop(plan);
if (plan.action === 'install') {
  console.log(`Installing system packages: ${plan.packages.join(' ')}`);
  for (const command of plan.commands) {
    if (statusOf(command, true) !== 0) break;
  }
  const after = planAfterInstall(missingPackages(purpose, probe));
  if (after.action === 'explain') stop(after);
}
