import { browser } from '#imports';
import { applyManagedPolicy } from '@/storage/managed/apply-managed-policy';
import { type ManagedPolicy, parseManagedPolicy } from '@/storage/managed/managed-policy';
import { readManagedPolicy, watchManagedPolicy } from '@/storage/managed/read-managed-policy';
import { loadSettings, saveSettings, watchSettings } from '@/storage/settings';

/** The policy applied last, so a portal the school takes back can be removed again. */
const APPLIED_KEY = 'managedPolicyApplied';

/** Brings the settings in line with the school's policy once; returns the policy applied. */
export async function syncManagedPolicy(
  read: () => Promise<ManagedPolicy> = readManagedPolicy,
): Promise<ManagedPolicy> {
  const policy = await read();
  const previous = parseManagedPolicy((await browser.storage.local.get(APPLIED_KEY))[APPLIED_KEY]);
  const change = applyManagedPolicy(await loadSettings(), policy, previous);
  if (change) await saveSettings(change);
  await browser.storage.local.set({ [APPLIED_KEY]: policy });
  return policy;
}

/**
 * Applies the school's portal origins and platforms (storage.managed) at every start of the background, at
 * browser startup, whenever IT changes the policy and whenever the settings change. Runs are queued so two never interleave.
 */
export function setupManagedPolicy(read?: () => Promise<ManagedPolicy>) {
  let queue: Promise<unknown> = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(() => syncManagedPolicy(read))
      .catch((error: unknown) => console.error('StudyTrail: school policy not applied', error));
    return queue;
  };
  watchManagedPolicy(() => void sync());
  // Settings written without the school's values (a restore, a hand edit) get them back; the write this
  // causes changes nothing more, so it ends there.
  watchSettings(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  void sync();
  return { sync };
}
