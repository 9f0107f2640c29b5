import { browser } from '#imports';
import { type ManagedPolicy, NO_MANAGED_POLICY, parseManagedPolicy } from './managed-policy';

/** The part of `browser.storage` this module needs, so tests pass their own. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/**
 * The school's policy from `storage.managed`. No policy, a browser without managed storage (it rejects
 * when no schema or policy is installed) or an invalid one all mean the same: nothing is set by the school.
 */
export async function readManagedPolicy(
  area: ManagedArea | undefined = browser.storage?.managed,
): Promise<ManagedPolicy> {
  if (!area) return NO_MANAGED_POLICY;
  try {
    return parseManagedPolicy(await area.get());
  } catch {
    return NO_MANAGED_POLICY;
  }
}

/** Calls back when IT changes the policy while the browser runs. Returns an unsubscribe. */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
