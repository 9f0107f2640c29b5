import type { CustomRule } from '../schemas/settings';
import { checkMatchPattern } from './validate-rule';

/** Dynamic content-script ids owned by user rules; other registrations are left alone. */
export const USER_RULE_SCRIPT_PREFIX = 'user-rule-';

/** What WXT emits for `entrypoints/platform.content/`: the same script the presets get from the manifest. */
export const PLATFORM_SCRIPT_FILE = 'content-scripts/platform.js';

type RunAt = 'document_start' | 'document_end' | 'document_idle';

/** A content script as the browser reports it (only the parts compared here). */
export interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  allFrames?: boolean;
  runAt?: RunAt;
}

/** The registration of one user rule. */
export interface UserRuleScript extends RegisteredScript {
  js: string[];
  matches: string[];
  allFrames: boolean;
  runAt: RunAt;
  persistAcrossSessions: boolean;
}

export interface RegistrationPlan {
  register: UserRuleScript[];
  update: UserRuleScript[];
  /** Script ids. */
  unregister: string[];
}

/** The registration a rule should have: the platform content script on the rule's pages. */
export function scriptForRule(rule: CustomRule): UserRuleScript {
  return {
    id: `${USER_RULE_SCRIPT_PREFIX}${rule.id}`,
    js: [PLATFORM_SCRIPT_FILE],
    matches: [...rule.matches],
    allFrames: rule.allFrames ?? false,
    runAt: 'document_idle',
    // The browser keeps it over a restart; the background reconciles again at startup anyway.
    persistAcrossSessions: true,
  };
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function differs(wanted: UserRuleScript, current: RegisteredScript): boolean {
  return (
    !sameList(wanted.matches, current.matches) ||
    !sameList(wanted.js, current.js) ||
    wanted.allFrames !== (current.allFrames ?? false) ||
    (current.runAt !== undefined && current.runAt !== wanted.runAt)
  );
}

/**
 * Brings the dynamic registrations in step with settings: an enabled rule whose host permission is
 * granted and whose patterns are all usable gets the platform script; any other `user-rule-…` goes.
 * Pure: the caller reads `registered` and the granted rule ids from the browser and applies the plan.
 */
export function planRegistrations(
  rules: readonly CustomRule[],
  grantedRuleIds: ReadonlySet<string>,
  registered: readonly RegisteredScript[],
): RegistrationPlan {
  const wanted = rules
    .filter((rule) => rule.enabled && grantedRuleIds.has(rule.id))
    // A stored rule that would not pass the form (edited by hand, older version) is never registered.
    .filter((rule) => rule.matches.every((pattern) => checkMatchPattern(pattern) === undefined))
    .map(scriptForRule);
  const ours = registered.filter((script) => script.id.startsWith(USER_RULE_SCRIPT_PREFIX));
  const current = new Map(ours.map((script) => [script.id, script]));
  const wantedIds = new Set(wanted.map((script) => script.id));
  return {
    register: wanted.filter((script) => !current.has(script.id)),
    update: wanted.filter((script) => {
      const existing = current.get(script.id);
      return existing !== undefined && differs(script, existing);
    }),
    unregister: ours.filter((script) => !wantedIds.has(script.id)).map((script) => script.id),
  };
}
