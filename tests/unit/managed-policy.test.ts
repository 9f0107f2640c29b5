import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncManagedPolicy } from '@/entrypoints/background/managed-policy';
import schema from '@/public/managed-schema.json';
import {
  applyManagedPolicy,
  isManagedOrigin,
  isManagedPlatform,
} from '@/storage/managed/apply-managed-policy';
import { NO_MANAGED_POLICY, parseManagedPolicy } from '@/storage/managed/managed-policy';
import { readManagedPolicy } from '@/storage/managed/read-managed-policy';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';
import { loadSettings, saveSettings } from '@/storage/settings';

const SCHOOL = 'https://portal.school.edu.cn';

describe('the school policy from storage.managed', () => {
  it('keeps valid portal origins (cut to their origin) and platform ids, drops the rest', () => {
    const policy = parseManagedPolicy({
      portalOrigins: [`${SCHOOL}/home?x=1`, 'http://insecure.example.com', 42, 'not a url', SCHOOL],
      platforms: ['enaea', ' smartedu ', '', 7],
      somethingElse: true,
    });
    expect(policy).toEqual({ portalOrigins: [SCHOOL], platforms: ['enaea', 'smartedu'] });
  });

  it('anything that is not a policy object means nothing is set', () => {
    for (const value of [undefined, null, 'x', [], { portalOrigins: 'https://a.edu.cn' }]) {
      expect(parseManagedPolicy(value)).toEqual(NO_MANAGED_POLICY);
    }
  });

  it('a browser without managed storage, or one that rejects, gives no policy', async () => {
    expect(await readManagedPolicy(undefined)).toEqual(NO_MANAGED_POLICY);
    const failing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(failing)).toEqual(NO_MANAGED_POLICY);
    const school = { get: async () => ({ portalOrigins: [SCHOOL], platforms: ['enaea'] }) };
    expect(await readManagedPolicy(school)).toEqual({ portalOrigins: [SCHOOL], platforms: ['enaea'] });
  });

  it('the schema in the extension describes exactly the fields the code reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(NO_MANAGED_POLICY).sort());
  });
});

describe('applyManagedPolicy', () => {
  const policy = { portalOrigins: [SCHOOL], platforms: ['enaea'] };

  it("adds the school's portals and switches its platforms on, keeping the learner's own", () => {
    const change = applyManagedPolicy(
      { portalOrigins: ['https://mine.edu.cn'], enabledPlatforms: { enaea: false, chaoxing: false } },
      policy,
      NO_MANAGED_POLICY,
    );
    expect(change).toEqual({
      portalOrigins: ['https://mine.edu.cn', SCHOOL],
      enabledPlatforms: { enaea: true, chaoxing: false },
    });
  });

  it('changes nothing when the settings already follow the policy', () => {
    expect(
      applyManagedPolicy({ portalOrigins: [SCHOOL], enabledPlatforms: { enaea: true } }, policy, policy),
    ).toBe(undefined);
  });

  it('removes a portal the school took back, but not one the learner added', () => {
    const change = applyManagedPolicy(
      { portalOrigins: ['https://mine.edu.cn', SCHOOL], enabledPlatforms: {} },
      NO_MANAGED_POLICY,
      policy,
    );
    expect(change?.portalOrigins).toEqual(['https://mine.edu.cn']);
  });

  it('names what the school set', () => {
    expect(isManagedOrigin(policy, `${SCHOOL}/`)).toBe(true);
    expect(isManagedOrigin(policy, 'https://mine.edu.cn')).toBe(false);
    expect(isManagedPlatform(policy, 'enaea')).toBe(true);
    expect(isManagedPlatform(policy, 'smartedu')).toBe(false);
  });
});

describe('syncManagedPolicy in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it("writes the school's portal and platform into the stored settings, and takes them back later", async () => {
    await saveSettings({ portalOrigins: ['https://mine.edu.cn'], enabledPlatforms: { enaea: false } });
    await syncManagedPolicy(async () => ({ portalOrigins: [SCHOOL], platforms: ['enaea'] }));
    let settings = await loadSettings();
    expect(settings.portalOrigins).toEqual(['https://mine.edu.cn', SCHOOL]);
    expect(settings.enabledPlatforms.enaea).toBe(true);

    await syncManagedPolicy(async () => NO_MANAGED_POLICY);
    settings = await loadSettings();
    expect(settings.portalOrigins).toEqual(['https://mine.edu.cn']);
  });

  it('with no policy the settings stay as they are', async () => {
    await syncManagedPolicy(async () => NO_MANAGED_POLICY);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
