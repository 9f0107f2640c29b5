import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type HostPermissionsApi,
  releaseUnusedHosts,
  setupUserRules,
  type UserRulesApi,
} from '@/entrypoints/background/user-rules';
import type { RegisteredScript } from '@/storage/platforms/plan-registrations';
import type { CustomRule } from '@/storage/schemas/settings';
import { saveSettings } from '@/storage/settings';

/**
 * fake-browser has storage (settings, their change events, runtime.onStartup) but neither `scripting`
 * nor `permissions`: those come from this in-memory stand-in, which refuses what Chrome refuses.
 */
function fakeRulesApi(initiallyGranted: string[] = []) {
  const scripts = new Map<string, RegisteredScript>();
  const granted = new Set(initiallyGranted);
  const listeners: (() => void)[] = [];
  const calls = { register: [] as string[], update: [] as string[], unregister: [] as string[] };
  const api: UserRulesApi = {
    getRegistered: async () => [...scripts.values()].map((script) => ({ ...script })),
    async register(script) {
      calls.register.push(script.id);
      if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      scripts.set(script.id, { ...script });
    },
    async update(script) {
      calls.update.push(script.id);
      if (!scripts.has(script.id)) throw new Error(`No script with ID '${script.id}'`);
      scripts.set(script.id, { ...script });
    },
    async unregister(ids) {
      calls.unregister.push(...ids);
      for (const id of ids) scripts.delete(id);
    },
    hasOrigins: async (origins) => origins.every((origin) => granted.has(origin)),
    onPermissionsChanged: (listener) => listeners.push(listener),
  };
  const removed: string[] = [];
  const hosts: HostPermissionsApi = {
    granted: async () => [...granted],
    required: () => REQUIRED,
    async remove(origins) {
      if (origins.some((o) => REQUIRED.includes(o)))
        throw new Error('You cannot remove required permissions.');
      removed.push(...origins);
      for (const o of origins) granted.delete(o);
      return true;
    },
  };
  const changePermission = (origin: string, on: boolean) => {
    if (on) granted.add(origin);
    else granted.delete(origin);
    for (const listener of listeners) listener();
  };
  return { api, hosts, granted, removed, scripts, calls, changePermission };
}

/** What a manifest asks for: never given back. */
const REQUIRED = ['*://study.enaea.edu.cn/*', 'http://127.0.0.1/platform/*'];

const rule = (id: string, change: Partial<CustomRule> = {}): CustomRule => ({
  id,
  name: `平台 ${id}`,
  matches: [`*://${id}.example.edu.cn/course/*`],
  enabled: true,
  ...change,
});
const origin = (id: string) => `*://${id}.example.edu.cn/*`;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('setupUserRules', () => {
  it('at start registers the stored enabled rules whose host permission is granted', async () => {
    await saveSettings({ customRules: [rule('a'), rule('b'), rule('off', { enabled: false })] });
    const fake = fakeRulesApi([origin('a'), origin('off')]);
    await setupUserRules(fake.api, fake.hosts).reconcile();
    expect([...fake.scripts.keys()]).toEqual(['user-rule-a']);
    expect(fake.scripts.get('user-rule-a')).toMatchObject({
      js: ['content-scripts/platform.js'],
      matches: ['*://a.example.edu.cn/course/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('follows settings changes: add registers, edit updates, disable and delete unregister', async () => {
    const fake = fakeRulesApi([origin('a'), origin('b')]);
    await setupUserRules(fake.api, fake.hosts).reconcile();
    expect(fake.scripts.size).toBe(0);

    await saveSettings({ customRules: [rule('a'), rule('b')] });
    await vi.waitFor(() => expect([...fake.scripts.keys()].sort()).toEqual(['user-rule-a', 'user-rule-b']));

    const edited = rule('a', { matches: ['*://a.example.edu.cn/learn/*'], allFrames: true });
    await saveSettings({ customRules: [edited, rule('b')] });
    await vi.waitFor(() =>
      expect(fake.scripts.get('user-rule-a')).toMatchObject({
        matches: ['*://a.example.edu.cn/learn/*'],
        allFrames: true,
      }),
    );
    expect(fake.calls.update).toEqual(['user-rule-a']);

    await saveSettings({ customRules: [{ ...edited, enabled: false }, rule('b')] });
    await vi.waitFor(() => expect([...fake.scripts.keys()]).toEqual(['user-rule-b']));

    await saveSettings({ customRules: [{ ...edited, enabled: false }] });
    await vi.waitFor(() => expect(fake.scripts.size).toBe(0));
    expect(fake.calls.register.sort()).toEqual(['user-rule-a', 'user-rule-b']);
  });

  it('registers a rule once its host permission is granted, and unregisters it when revoked', async () => {
    await saveSettings({ customRules: [rule('a')] });
    const fake = fakeRulesApi();
    await setupUserRules(fake.api, fake.hosts).reconcile();
    expect(fake.scripts.size).toBe(0);

    fake.changePermission(origin('a'), true);
    await vi.waitFor(() => expect([...fake.scripts.keys()]).toEqual(['user-rule-a']));
    fake.changePermission(origin('a'), false);
    await vi.waitFor(() => expect(fake.scripts.size).toBe(0));
  });

  it('reconciles again at browser startup, restoring a registration the browser lost', async () => {
    await saveSettings({ customRules: [rule('a')] });
    const fake = fakeRulesApi([origin('a')]);
    await setupUserRules(fake.api, fake.hosts).reconcile();
    fake.scripts.clear();

    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect([...fake.scripts.keys()]).toEqual(['user-rule-a']));
  });

  it('removes a registration left over from a rule deleted while the background was stopped', async () => {
    const fake = fakeRulesApi([origin('gone')]);
    fake.scripts.set('user-rule-gone', { id: 'user-rule-gone', js: ['content-scripts/platform.js'] });
    fake.scripts.set('someone-else', { id: 'someone-else', js: ['other.js'] });
    await setupUserRules(fake.api, fake.hosts).reconcile();
    expect([...fake.scripts.keys()]).toEqual(['someone-else']);
  });

  it('one refused registration is logged and does not stop the others', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await saveSettings({ customRules: [rule('bad'), rule('good')] });
    const fake = fakeRulesApi([origin('bad'), origin('good')]);
    const register = fake.api.register;
    fake.api.register = async (script) => {
      if (script.id === 'user-rule-bad') throw new Error('Invalid url pattern');
      return register(script);
    };
    await setupUserRules(fake.api, fake.hosts).reconcile();
    expect([...fake.scripts.keys()]).toEqual(['user-rule-good']);
    expect(error).toHaveBeenCalledWith('StudyTrail: could not register user-rule-bad', expect.any(Error));
  });

  it('runs reconciliations one after another, so a burst of changes never registers twice', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await saveSettings({ customRules: [rule('a')] });
    const fake = fakeRulesApi([origin('a')]);
    const { reconcile } = setupUserRules(fake.api, fake.hosts);
    await Promise.all([reconcile(), reconcile(), reconcile()]);
    expect(fake.calls.register).toEqual(['user-rule-a']);
    expect(error).not.toHaveBeenCalled();
  });
});

describe('host permissions are given back when no rule uses them', () => {
  it('editing a rule to another host gives the old host back', async () => {
    await saveSettings({ customRules: [rule('a')] });
    const fake = fakeRulesApi([origin('a')]);
    await setupUserRules(fake.api, fake.hosts).reconcile();
    fake.granted.add(origin('b')); // asked for by the form before the edit is saved
    await saveSettings({ customRules: [rule('a', { matches: ['*://b.example.edu.cn/course/*'] })] });
    await vi.waitFor(() => expect(fake.removed).toEqual([origin('a')]));
    expect([...fake.granted]).toEqual([origin('b')]);
  });

  it('a host still used by another rule or an allowed portal is kept', async () => {
    await saveSettings({
      customRules: [rule('a'), rule('b')],
      portalOrigins: ['https://c.example.edu.cn'],
    });
    const fake = fakeRulesApi([origin('a'), origin('b'), 'https://c.example.edu.cn/*']);
    await setupUserRules(fake.api, fake.hosts).reconcile();
    await saveSettings({
      customRules: [rule('b', { matches: ['*://b.example.edu.cn/other/*'] }), rule('c')],
      portalOrigins: ['https://c.example.edu.cn'],
    });
    await vi.waitFor(() => expect(fake.removed).toEqual([origin('a')]));
    expect([...fake.granted].sort()).toEqual([origin('b'), 'https://c.example.edu.cn/*'].sort());
  });

  it('a host granted for a rule not saved yet is never taken by an unrelated settings change', async () => {
    await saveSettings({ customRules: [rule('a')] });
    const fake = fakeRulesApi([origin('a')]);
    await setupUserRules(fake.api, fake.hosts).reconcile();
    fake.granted.add(origin('new'));
    await saveSettings({ customRules: [rule('a')], weeklyGoalMinutes: 240 });
    // A later edit that does give a host back shows the queue has run past the unrelated change.
    await saveSettings({ customRules: [], weeklyGoalMinutes: 240 });
    await vi.waitFor(() => expect(fake.removed).toEqual([origin('a')]));
    expect(fake.granted.has(origin('new'))).toBe(true);
  });

  it('releaseUnusedHosts (after an erase) gives back every optional host, never a required one', async () => {
    const fake = fakeRulesApi([origin('a'), origin('b'), 'https://portal.example.edu.cn/*', ...REQUIRED]);
    const released = await releaseUnusedHosts(undefined, fake.hosts);
    expect(released.sort()).toEqual([origin('a'), origin('b'), 'https://portal.example.edu.cn/*'].sort());
    expect([...fake.granted].sort()).toEqual([...REQUIRED].sort());
  });

  it('releaseUnusedHosts keeps what the stored rules and portals need, and a wildcard covering one', async () => {
    await saveSettings({ customRules: [rule('a')], portalOrigins: ['https://portal.example.edu.cn'] });
    const fake = fakeRulesApi([
      origin('a'),
      '*://*.example.edu.cn/*',
      'https://portal.example.edu.cn/*',
      origin('z'),
    ]);
    expect(await releaseUnusedHosts(undefined, fake.hosts)).toEqual([origin('z')]);
  });

  it('releaseUnusedHosts never throws: a failing browser call is logged', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fake = fakeRulesApi([origin('a')]);
    fake.hosts.granted = () => Promise.reject(new Error('no permissions API'));
    expect(await releaseUnusedHosts({ customRules: [], portalOrigins: [] }, fake.hosts)).toEqual([]);
    expect(error).toHaveBeenCalled();
  });
});
