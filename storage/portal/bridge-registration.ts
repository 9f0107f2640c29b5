import type { RegisteredScript, RegistrationPlan, UserRuleScript } from '../platforms/plan-registrations';
import { normalizeStoredOrigin, patternForOrigin } from './portal-origin';

/** The one dynamic content-script id of the portal bridge. */
export const BRIDGE_SCRIPT_ID = 'portal-bridge';

/** What WXT emits for `entrypoints/portal-bridge.content/`. */
export const BRIDGE_SCRIPT_FILE = 'content-scripts/portal-bridge.js';

/** The stored portal origins that are still acceptable, normalized and without repeats, in order. */
export function allowedPortalOrigins(stored: readonly string[]): string[] {
  return [...new Set(stored.map(normalizeStoredOrigin).filter((origin) => origin !== undefined))];
}

/**
 * The bridge's registration on these patterns. Top frame only (the widget posts to its own window) and at
 * document_start, so the bridge listens before any script of the portal can post its first request.
 */
export function bridgeScript(patterns: readonly string[]): UserRuleScript {
  return {
    id: BRIDGE_SCRIPT_ID,
    js: [BRIDGE_SCRIPT_FILE],
    matches: [...patterns],
    allFrames: false,
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
}

const sorted = (list: readonly string[] = []) => [...list].sort().join('\n');

/**
 * Brings the bridge's registration in step with the allowed origins whose host permission is granted:
 * registered on their patterns, updated when they change, unregistered when none is left. Pure: the
 * caller reads `registered` and the permissions from the browser and applies the plan.
 */
export function planBridgeRegistration(
  origins: readonly string[],
  isGranted: (pattern: string) => boolean,
  registered: readonly RegisteredScript[],
): RegistrationPlan {
  const patterns = [...new Set(allowedPortalOrigins(origins).map(patternForOrigin))].filter(isGranted);
  const current = registered.find((script) => script.id === BRIDGE_SCRIPT_ID);
  if (patterns.length === 0) {
    return { register: [], update: [], unregister: current ? [BRIDGE_SCRIPT_ID] : [] };
  }
  const wanted = bridgeScript(patterns);
  if (!current) return { register: [wanted], update: [], unregister: [] };
  const same =
    sorted(current.matches) === sorted(wanted.matches) &&
    sorted(current.js) === sorted(wanted.js) &&
    (current.allFrames ?? false) === wanted.allFrames &&
    (current.runAt === undefined || current.runAt === wanted.runAt);
  return { register: [], update: same ? [] : [wanted], unregister: [] };
}
