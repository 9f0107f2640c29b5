import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupPortalBridge } from '@/entrypoints/background/portal-bridge';
import type { UserRulesApi } from '@/entrypoints/background/user-rules';
import type { RegisteredScript } from '@/storage/platforms/plan-registrations';
import { BRIDGE_SCRIPT_ID, planBridgeRegistration } from '@/storage/portal/bridge-registration';
import { saveSettings } from '@/storage/settings';

/** fake-browser has neither `scripting` nor `permissions`: an in-memory stand-in that refuses what Chrome refuses. */
function fakeApi(initiallyGranted: string[] = []) {
  const scripts = new Map<string, RegisteredScript>();
  const granted = new Set(initiallyGranted);
  const listeners: (() => void)[] = [];
  const api: UserRulesApi = {
    getRegistered: async () => [...scripts.values()].map((script) => ({ ...script })),
    async register(script) {
      if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      scripts.set(script.id, { ...script });
    },
    async update(script) {
      if (!scripts.has(script.id)) throw new Error(`No script with ID '${script.id}'`);
      scripts.set(script.id, { ...script });
    },
    async unregister(ids) {
      for (const id of ids) scripts.delete(id);
    },
    hasOrigins: async (origins) => origins.every((origin) => granted.has(origin)),
    onPermissionsChanged: (listener) => listeners.push(listener),
  };
  const revoke = (pattern: string) => {
    granted.delete(pattern);
    for (const listener of listeners) listener();
  };
  return { api, scripts, revoke };
}

const all = () => true;

describe('planBridgeRegistration', () => {
  it('registers the bridge on the patterns of the allowed origins, top frame only, at document_start', () => {
    const plan = planBridgeRegistration(['https://portal.a.edu.cn', 'http://127.0.0.1:8123'], all, []);
    expect(plan.register).toEqual([
      {
        id: BRIDGE_SCRIPT_ID,
        js: ['content-scripts/portal-bridge.js'],
        matches: ['https://portal.a.edu.cn/*', 'http://127.0.0.1/*'],
        allFrames: false,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('registers nowhere the host permission is missing, and never for a refused stored origin', () => {
    const plan = planBridgeRegistration(
      ['https://a.edu.cn', 'https://b.edu.cn', 'http://portal.on-the-network.cn', 'not a url'],
      (pattern) => pattern !== 'https://b.edu.cn/*',
      [],
    );
    expect(plan.register[0]?.matches).toEqual(['https://a.edu.cn/*']);
  });

  it('updates a registration whose patterns changed and leaves an equal one alone', () => {
    const current = planBridgeRegistration(['https://a.edu.cn'], all, []).register;
    expect(planBridgeRegistration(['https://a.edu.cn'], all, current)).toEqual({
      register: [],
      update: [],
      unregister: [],
    });
    expect(
      planBridgeRegistration(['https://a.edu.cn', 'https://b.edu.cn'], all, current).update[0]?.matches,
    ).toEqual(['https://a.edu.cn/*', 'https://b.edu.cn/*']);
  });

  it('unregisters when no origin is left, and leaves other scripts alone', () => {
    const current = planBridgeRegistration(['https://a.edu.cn'], all, []).register;
    const other = { id: 'user-rule-x', js: ['content-scripts/platform.js'], matches: ['*://x.cn/*'] };
    expect(planBridgeRegistration([], all, [...current, other])).toEqual({
      register: [],
      update: [],
      unregister: [BRIDGE_SCRIPT_ID],
    });
    expect(planBridgeRegistration([], all, [other]).unregister).toEqual([]);
  });
});

describe('setupPortalBridge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('follows the settings: adding an origin registers the bridge, removing the last unregisters it', async () => {
    const fake = fakeApi(['https://portal.a.edu.cn/*']);
    await setupPortalBridge(fake.api).reconcile();
    expect(fake.scripts.size).toBe(0);

    await saveSettings({ portalOrigins: ['https://portal.a.edu.cn'] });
    await vi.waitFor(() =>
      expect(fake.scripts.get(BRIDGE_SCRIPT_ID)?.matches).toEqual(['https://portal.a.edu.cn/*']),
    );

    await saveSettings({ portalOrigins: [] });
    await vi.waitFor(() => expect(fake.scripts.has(BRIDGE_SCRIPT_ID)).toBe(false));
  });

  it('unregisters when the learner takes the host permission back in the browser', async () => {
    await saveSettings({ portalOrigins: ['https://portal.a.edu.cn'] });
    const fake = fakeApi(['https://portal.a.edu.cn/*']);
    await setupPortalBridge(fake.api).reconcile();
    expect(fake.scripts.has(BRIDGE_SCRIPT_ID)).toBe(true);
    fake.revoke('https://portal.a.edu.cn/*');
    await vi.waitFor(() => expect(fake.scripts.has(BRIDGE_SCRIPT_ID)).toBe(false));
  });
});
