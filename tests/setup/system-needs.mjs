// What the two commands need from the operating system, and what to do when it is missing: pure decisions,
// so the rules are unit-tested without running apt-get. `ensure-system.mjs` feeds them real probes.

/**
 * @typedef {'start' | 'test' | 'ci'} Purpose
 * @typedef {{
 *   executable: (path: string) => boolean,
 *   onPath: (command: string) => boolean,
 *   hasCjkFont: () => boolean,
 *   env: Record<string, string | undefined>,
 * }} Probe
 * @typedef {{ isRoot: boolean, hasAptGet: boolean, hasSudo: boolean }} Powers
 * @typedef {{ action: 'ok' }
 *   | { action: 'install', packages: string[], commands: string[][] }
 *   | { action: 'explain', packages: string[], reason: 'no-apt-get' | 'not-root' | 'install-failed', command: string }
 * } Plan
 */

/** Debian packages and how to tell each is present; `for` lists the purposes that need it. */
const REQUIREMENTS = [
  {
    pkg: 'chromium',
    for: ['start', 'test', 'ci'],
    present: (/** @type {Probe} */ p) => p.executable(p.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  },
  {
    pkg: 'firefox-esr',
    for: ['test', 'ci'],
    present: (/** @type {Probe} */ p) => p.executable(p.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
  },
  // A headed browser (real idle and focus events) needs a display; xvfb-run gives one when there is none.
  // CI always installs it: its runners may have a DISPLAY variable but no server.
  {
    pkg: 'xvfb',
    for: ['test', 'ci'],
    present: (/** @type {Probe} */ p, /** @type {Purpose} */ purpose) =>
      p.onPath('xvfb-run') || (purpose !== 'ci' && Boolean(p.env.DISPLAY)),
  },
  {
    pkg: 'xauth',
    for: ['test', 'ci'],
    present: (/** @type {Probe} */ p, /** @type {Purpose} */ purpose) =>
      p.onPath('xauth') || (purpose !== 'ci' && Boolean(p.env.DISPLAY)),
  },
  // The Firefox harness reads the extension's IndexedDB from the profile with sqlite3.
  { pkg: 'sqlite3', for: ['test', 'ci'], present: (/** @type {Probe} */ p) => p.onPath('sqlite3') },
  // The popup and the sample digest are in Chinese; without CJK fonts the screenshot and PDF show boxes.
  { pkg: 'fonts-noto-cjk', for: ['start', 'ci'], present: (/** @type {Probe} */ p) => p.hasCjkFont() },
];

/**
 * The Debian packages missing for `purpose`, in a stable order.
 * @param {Purpose} purpose
 * @param {Probe} probe
 * @returns {string[]}
 */
export function missingPackages(purpose, probe) {
  return REQUIREMENTS.filter((r) => r.for.includes(purpose) && !r.present(probe, purpose)).map((r) => r.pkg);
}

/**
 * Browser paths set in the environment that point at no executable: installing a package cannot fix those.
 * @param {Probe} probe
 * @returns {string[]} e.g. `FIREFOX_PATH=/opt/firefox/firefox`
 */
export function brokenOverrides(probe) {
  return ['CHROMIUM_PATH', 'FIREFOX_PATH']
    .filter((name) => probe.env[name] !== undefined && !probe.executable(String(probe.env[name])))
    .map((name) => `${name}=${probe.env[name]}`);
}

/**
 * The apt-get commands that install `packages`, non-interactively (no prompt, no stdin).
 * @param {string[]} packages
 * @param {boolean} viaSudo
 */
export function aptCommands(packages, viaSudo) {
  const prefix = viaSudo ? ['sudo', '-n'] : [];
  return [
    [...prefix, 'apt-get', 'update', '-q'],
    [...prefix, 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages],
  ];
}

/**
 * The one line a person can paste to install `packages` themselves.
 * @param {string[]} packages
 */
export function manualCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * Decides what to do about `missing` packages: nothing, install them (as root, or through password-less
 * sudo), or stop and say exactly what to run.
 * @param {string[]} missing
 * @param {Powers} powers
 * @returns {Plan}
 */
export function planSetup(missing, { isRoot, hasAptGet, hasSudo }) {
  if (missing.length === 0) return { action: 'ok' };
  const packages = [...missing];
  if (!hasAptGet)
    return { action: 'explain', packages, reason: 'no-apt-get', command: manualCommand(packages) };
  if (isRoot || hasSudo) return { action: 'install', packages, commands: aptCommands(packages, !isRoot) };
  return { action: 'explain', packages, reason: 'not-root', command: manualCommand(packages) };
}

/**
 * After an install attempt: fine when nothing is missing any more, else stop with the command to run.
 * @param {string[]} stillMissing
 * @returns {Plan}
 */
export function planAfterInstall(stillMissing) {
  if (stillMissing.length === 0) return { action: 'ok' };
  return {
    action: 'explain',
    packages: [...stillMissing],
    reason: 'install-failed',
    command: manualCommand(stillMissing),
  };
}

/** Why the command has to be run by hand, in one sentence per reason. */
const REASONS = {
  'no-apt-get': 'this machine has no apt-get (the tests use Debian packages)',
  'not-root': 'installing needs root, and password-less sudo is not available',
  'install-failed': 'apt-get could not install them (no network, or no such package on this system)',
};

/**
 * The message printed before stopping: what is missing, why it was not installed, the exact command.
 * @param {Extract<Plan, { action: 'explain' }>} plan
 * @param {Purpose} purpose
 */
export function explainMessage(plan, purpose) {
  const what = purpose === 'start' ? '`npm start`' : purpose === 'test' ? '`npm test`' : 'CI';
  return [
    `${what} needs these system packages, which are missing: ${plan.packages.join(', ')}.`,
    `They were not installed automatically because ${REASONS[plan.reason]}.`,
    'Run this, then run the command again:',
    '',
    `    ${plan.command}`,
    '',
    'A browser installed elsewhere can be used instead: set CHROMIUM_PATH or FIREFOX_PATH to its executable.',
  ].join('\n');
}
