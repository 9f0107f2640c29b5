import { describe, expect, it } from 'vitest';
import {
  brokenOverrides,
  explainMessage,
  missingPackages,
  planAfterInstall,
  planSetup,
} from '../setup/system-needs.mjs';

type Probe = Parameters<typeof missingPackages>[1];

/** A machine described by what is installed, with no real file system or command behind it. */
function machine({
  files = ['/usr/bin/chromium', '/usr/bin/firefox-esr'],
  commands = ['xvfb-run', 'xauth', 'sqlite3'],
  cjk = true,
  env = {},
}: {
  files?: string[];
  commands?: string[];
  cjk?: boolean;
  env?: Record<string, string>;
} = {}): Probe {
  return {
    executable: (path) => files.includes(path),
    onPath: (command) => commands.includes(command),
    hasCjkFont: () => cjk,
    env,
  };
}

const ROOT = { isRoot: true, hasAptGet: true, hasSudo: false };

describe('which system packages are missing', () => {
  it('finds nothing missing on a machine with both browsers, xvfb, xauth, sqlite3 and CJK fonts', () => {
    expect(missingPackages('test', machine())).toEqual([]);
    expect(missingPackages('start', machine())).toEqual([]);
    expect(missingPackages('ci', machine())).toEqual([]);
  });

  it('needs Firefox ESR for npm test but not for npm start', () => {
    const noFirefox = machine({ files: ['/usr/bin/chromium'] });
    expect(missingPackages('test', noFirefox)).toEqual(['firefox-esr']);
    expect(missingPackages('start', noFirefox)).toEqual([]);
  });

  it('needs Chromium for npm start and npm test', () => {
    const noChromium = machine({ files: ['/usr/bin/firefox-esr'] });
    expect(missingPackages('start', noChromium)).toEqual(['chromium']);
    expect(missingPackages('test', noChromium)).toEqual(['chromium']);
  });

  it('lists everything a fresh machine lacks, in install order', () => {
    const fresh = machine({ files: [], commands: [], cjk: false });
    expect(missingPackages('test', fresh)).toEqual(['chromium', 'firefox-esr', 'xvfb', 'xauth', 'sqlite3']);
    expect(missingPackages('start', fresh)).toEqual(['chromium', 'fonts-noto-cjk']);
    expect(missingPackages('ci', fresh)).toEqual([
      'chromium',
      'firefox-esr',
      'xvfb',
      'xauth',
      'sqlite3',
      'fonts-noto-cjk',
    ]);
  });

  it('does not ask for xvfb when a display exists, except in CI', () => {
    const withDisplay = machine({ commands: ['sqlite3'], env: { DISPLAY: ':0' } });
    expect(missingPackages('test', withDisplay)).toEqual([]);
    expect(missingPackages('ci', withDisplay)).toEqual(['xvfb', 'xauth']);
  });

  it('checks the browser paths the harness will use when CHROMIUM_PATH or FIREFOX_PATH is set', () => {
    const custom = machine({
      files: ['/opt/chromium/chrome', '/usr/bin/firefox-esr'],
      env: { CHROMIUM_PATH: '/opt/chromium/chrome' },
    });
    expect(missingPackages('test', custom)).toEqual([]);
    expect(brokenOverrides(custom)).toEqual([]);
    const wrong = machine({ env: { FIREFOX_PATH: '/nope/firefox' } });
    expect(brokenOverrides(wrong)).toEqual(['FIREFOX_PATH=/nope/firefox']);
  });
});

describe('what to do about missing packages', () => {
  it('does nothing when nothing is missing, whoever runs it', () => {
    expect(planSetup([], { isRoot: false, hasAptGet: false, hasSudo: false })).toEqual({ action: 'ok' });
  });

  it('installs with apt-get as root, non-interactively, updating the lists first', () => {
    const plan = planSetup(['firefox-esr', 'xvfb'], ROOT);
    expect(plan).toEqual({
      action: 'install',
      packages: ['firefox-esr', 'xvfb'],
      commands: [
        ['apt-get', 'update', '-q'],
        ['apt-get', 'install', '-y', '-q', '--no-install-recommends', 'firefox-esr', 'xvfb'],
      ],
    });
  });

  it('installs through sudo -n (never a password prompt) when not root but sudo needs no password', () => {
    const plan = planSetup(['chromium'], { isRoot: false, hasAptGet: true, hasSudo: true });
    expect(plan.action).toBe('install');
    if (plan.action !== 'install') return;
    for (const command of plan.commands) expect(command.slice(0, 3)).toEqual(['sudo', '-n', 'apt-get']);
    expect(plan.commands[1]).toContain('-y');
  });

  it('explains with the exact command when not root and without password-less sudo', () => {
    const plan = planSetup(['firefox-esr'], { isRoot: false, hasAptGet: true, hasSudo: false });
    expect(plan).toEqual({
      action: 'explain',
      packages: ['firefox-esr'],
      reason: 'not-root',
      command: 'sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr',
    });
  });

  it('explains when there is no apt-get, even as root', () => {
    const plan = planSetup(['chromium'], { isRoot: true, hasAptGet: false, hasSudo: true });
    expect(plan.action).toBe('explain');
    if (plan.action === 'explain') expect(plan.reason).toBe('no-apt-get');
  });

  it('explains when the install ran but packages are still missing (no network)', () => {
    expect(planAfterInstall([])).toEqual({ action: 'ok' });
    const plan = planAfterInstall(['firefox-esr']);
    expect(plan).toMatchObject({ action: 'explain', reason: 'install-failed', packages: ['firefox-esr'] });
  });

  it('prints the missing packages, the reason and the command to paste', () => {
    const plan = planSetup(['firefox-esr', 'xvfb'], { isRoot: false, hasAptGet: true, hasSudo: false });
    if (plan.action !== 'explain') throw new Error('expected an explanation');
    const message = explainMessage(plan, 'test');
    expect(message).toContain('`npm test`');
    expect(message).toContain('firefox-esr, xvfb');
    expect(message).toContain('password-less sudo');
    expect(message).toContain(
      '    sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr xvfb',
    );
  });
});
