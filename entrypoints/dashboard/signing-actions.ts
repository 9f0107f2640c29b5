import type { SigningActions } from '@/components/settings/SigningSection';
import { getSigningKey } from '@/storage/repositories/signing-keys';
import { fingerprintOf } from '@/storage/signing/fingerprint';

/** The Settings view's signing section: this installation's key (created on first use) and the clipboard. */
export const signingActions: SigningActions = {
  fingerprint: async () => fingerprintOf((await getSigningKey()).publicKey),
  copy: (text) => navigator.clipboard.writeText(text),
};
