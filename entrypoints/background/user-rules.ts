import { browser } from '#imports';
import {
  planRegistrations,
  type RegisteredScript,
  type RegistrationPlan,
  type UserRuleScript,
} from '@/storage/platforms/plan-registrations';
import { originsForRule } from '@/storage/platforms/rule-origins';
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
 * Keeps the platform content script registered for each enabled, permitted user rule (DESIGN.md
 * section 4): at every start of the background, at browser startup, on every settings change and when
 * host permissions change. Runs are queued so two never interleave.
 */
export function setupUserRules(api: UserRulesApi = browserUserRulesApi()) {
  let queue: Promise<unknown> = Promise.resolve();
  const reconcile = (rules?: readonly CustomRule[]) => {
    queue = queue
      .then(async () => reconcileUserRules(rules ?? (await loadSettings()).customRules, api))
      .catch((error: unknown) => console.error('StudyTrail: user rule registrations not updated', error));
    return queue;
  };
  watchSettings((next) => void reconcile(next.customRules));
  api.onPermissionsChanged(() => void reconcile());
  browser.runtime.onStartup.addListener(() => void reconcile());
  void reconcile();
  return { reconcile };
}
