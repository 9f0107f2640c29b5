import { type AppDB, getDb } from '../db';
import { generateSigner } from '../signing/generate-key';
import { INSTALLATION_KEY_ID, type SigningKeyRow, signingKeyRowSchema } from '../signing/signing-key-schema';

const pending = new WeakMap<AppDB, Promise<SigningKeyRow>>();

/**
 * This installation's signing key, created on first use. Two pages (or a page and the background) may ask
 * at once: each may generate a pair, but the read-then-add runs in one readwrite transaction, which
 * IndexedDB serialises across contexts, so the first pair stored is the one every context uses.
 */
export function getSigningKey(db: AppDB = getDb(), now: () => number = Date.now): Promise<SigningKeyRow> {
  let request = pending.get(db);
  if (!request) {
    request = readOrCreate(db, now).finally(() => pending.delete(db));
    pending.set(db, request);
  }
  return request;
}

async function readOrCreate(db: AppDB, now: () => number): Promise<SigningKeyRow> {
  const stored = await db.signingKeys.get(INSTALLATION_KEY_ID);
  if (stored) return signingKeyRowSchema.parse(stored);
  // WebCrypto's promises are not IndexedDB requests: generating inside the transaction would end it early.
  const fresh = { id: INSTALLATION_KEY_ID, ...(await generateSigner()), createdAt: now() } as const;
  const kept = await db.transaction('rw', db.signingKeys, async () => {
    const first = await db.signingKeys.get(INSTALLATION_KEY_ID);
    if (first) return first;
    await db.signingKeys.add(fresh);
    return fresh;
  });
  return signingKeyRowSchema.parse(kept);
}
