import { browser } from '#imports';
import {
  planRegistrations,
  type RegisteredScript,
  type RegistrationPlan,
  type UserRuleScript,
} from '@/storage/platforms/plan-registrations';
import {
  type HostUsers,
  originOfPattern,
  originsForRule,
  originsInUse,
  releasableOrigins,
} from '@/storage/platforms/rule-origins';
import type { CustomRule } from '@/storage/schemas/settings';
import { loadSettings, watchSettings } from '@/storage/settings';

/** The browser calls this module makes, as a parameter: fake-browser implements neither API. */
export interface UserRulesApi {
  getRegistered(): Promise<RegisteredScript[]>;
  register(script: UserRuleScript): Promise<void>;
  update(script: UserRuleScript): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  hasOrigins(origins: string[]): Promise<boolean>;
  onPermissionsChanged(listener: () => void): void;
}

export function browserUserRulesApi(): UserRulesApi {
  return {
    getRegistered: () => browser.scripting.getRegisteredContentScripts() as Promise<RegisteredScript[]>,
    register: (script) => browser.scripting.registerContentScripts([script]),
    update: (script) => browser.scripting.updateContentScripts([script]),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
    onPermissionsChanged(listener) {
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
    },
  };
}

/** Host permissions as the give-back needs them; a parameter so tests pass their own. */
export interface HostPermissionsApi {
  /** Every host permission the extension holds now. */
  granted(): Promise<string[]>;
  /** What the manifest asks for (host permissions, content script matches): never given back. */
  required(): string[];
  remove(origins: string[]): Promise<boolean>;
}

export function browserHostPermissionsApi(): HostPermissionsApi {
  return {
    granted: async () => (await browser.permissions.getAll()).origins ?? [],
    required() {
      const manifest = browser.runtime.getManifest();
      const patterns = [
        ...(manifest.host_permissions ?? []),
        ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
      ];
      return patterns.flatMap((pattern) => {
        try {
          return [pattern, originOfPattern(pattern)];
        } catch {
          return [pattern];
        }
      });
    },
    remove: (origins) => browser.permissions.remove({ origins }),
  };
}

/** Gives back each origin on its own, so one the browser refuses costs only itself. */
async function removeEach(origins: readonly string[], hosts: HostPermissionsApi): Promise<void> {
  for (const origin of origins) {
    try {
      await hosts.remove([origin]);
    } catch (error) {
      console.error(`StudyTrail: could not give back host permission ${origin}`, error);
    }
  }
}

/**
 * Gives back every optional host permission that no user rule and no allowed portal of `users` (by
 * default the stored settings) needs: after an erase, that is all of them. Never throws.
 */
export async function releaseUnusedHosts(
  users?: HostUsers,
  hosts: HostPermissionsApi = browserHostPermissionsApi(),
): Promise<string[]> {
  try {
    const current = users ?? (await loadSettings());
    const release = releasableOrigins(await hosts.granted(), [...originsInUse(current), ...hosts.required()]);
    await removeEach(release, hosts);
    return release;
  } catch (error) {
    console.error('StudyTrail: host permissions not given back', error);
    return [];
  }
}

/**
 * After a settings change, gives back the hosts the old rules and portals used and the new ones do not
 * (a rule edited to another host, deleted, or erased). Hosts granted for a rule not saved yet are never
 * among them: only what `before` used is considered.
 */
export async function releaseHostsNoLongerUsed(
  before: HostUsers,
  after: HostUsers,
  hosts: HostPermissionsApi,
): Promise<string[]> {
  const granted = new Set(await hosts.granted());
  const used = originsInUse(before).filter((origin) => granted.has(origin));
  const release = releasableOrigins(used, [...originsInUse(after), ...hosts.required()]);
  await removeEach(release, hosts);
  return release;
}

async function grantedRuleIds(rules: readonly CustomRule[], api: UserRulesApi): Promise<Set<string>> {
  const granted = await Promise.all(
    rules.map(async (rule) => {
      if (!rule.enabled) return false;
      try {
        return await api.hasOrigins(originsForRule(rule));
      } catch {
        return false; // a stored pattern without a host: planRegistrations never registers it either
      }
    }),
  );
  return new Set(rules.filter((_, i) => granted[i]).map((rule) => rule.id));
}

/**
 * Applies one reconciliation. Scripts go one at a time so a single refused pattern costs only its
 * own rule; each failure is logged with the script it concerns.
 */
export async function reconcileUserRules(
  rules: readonly CustomRule[],
  api: UserRulesApi,
): Promise<RegistrationPlan> {
  const plan = planRegistrations(rules, await grantedRuleIds(rules, api), await api.getRegistered());
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      console.error(`StudyTrail: could not ${what}`, error);
    }
  };
  if (plan.unregister.length > 0) {
    await attempt(`unregister ${plan.unregister.join(', ')}`, () => api.unregister(plan.unregister));
  }
  for (const script of plan.update) await attempt(`update ${script.id}`, () => api.update(script));
  for (const script of plan.register) await attempt(`register ${script.id}`, () => api.register(script));
  return plan;
}

/**
 * Keeps the platform content script registered for each enabled, permitted user rule (docs/architecture.md
 * section 4): at every start of the background, at browser startup, on every settings change and when
 * host permissions change; on a settings change, gives back hosts no rule or portal uses any more.
 * Runs are queued so two never interleave.
 */
export function setupUserRules(
  api: UserRulesApi = browserUserRulesApi(),
  hosts: HostPermissionsApi = browserHostPermissionsApi(),
) {
  let queue: Promise<unknown> = Promise.resolve();
  let previous: HostUsers | undefined;
  const enqueue = (what: string, run: () => Promise<unknown>) => {
    queue = queue.then(run).catch((error: unknown) => console.error(`StudyTrail: ${what}`, error));
    return queue;
  };
  const reconcile = (rules?: readonly CustomRule[]) =>
    enqueue('user rule registrations not updated', async () => {
      const settings = rules ? undefined : await loadSettings();
      previous ??= settings;
      return reconcileUserRules(rules ?? settings?.customRules ?? [], api);
    });
  watchSettings((next) => {
    const before = previous;
    previous = next;
    void reconcile(next.customRules);
    if (before) {
      void enqueue('host permissions not given back', () => releaseHostsNoLongerUsed(before, next, hosts));
    }
  });
  api.onPermissionsChanged(() => void reconcile());
  browser.runtime.onStartup.addListener(() => void reconcile());
  void reconcile();
  return { reconcile };
}
