import { browser } from '#imports';
import { getSigningKey } from '@/storage/repositories/signing-keys';

/**
 * Creates this installation's digest signing key when the extension is installed, so its fingerprint is
 * ready in Settings. Pages create it on first use as well, and both ways keep the first key stored.
 */
export function setupSigningKey(create: () => Promise<unknown> = getSigningKey): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    create().catch((error: unknown) => {
      // Settings shows the same failure, with what to do, when the learner opens it.
      console.warn('StudyTrail: could not create the signing key', error);
    });
  });
}
