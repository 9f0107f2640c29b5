import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { AppDB, getDb } from '@/storage/db';
import { buildDigest } from '@/storage/digest';
import { eraseEverything, readEverything } from '@/storage/repositories/backup';
import { getSigningKey } from '@/storage/repositories/signing-keys';
import { signDigest } from '@/storage/signing/sign-digest';
import { verifyDigestSignature } from '@/storage/signing/verify';
import { NOW, PERIOD, TIME_ZONE } from './support/digest-fixture';

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().signingKeys.clear();
});

describe('getSigningKey', () => {
  it('creates one Ed25519 key pair on first use and returns the same one after', async () => {
    const first = await getSigningKey();
    const again = await getSigningKey();
    expect(again.publicKey).toBe(first.publicKey);
    expect(await getDb().signingKeys.count()).toBe(1);
    expect(first.privateKey.algorithm.name).toBe('Ed25519');
    expect(first.privateKey.usages).toEqual(['sign']);
  });

  it('keeps the private key non-extractable: no export, in any format', async () => {
    const { privateKey } = await getSigningKey();
    expect(privateKey.extractable).toBe(false);
    for (const format of ['pkcs8', 'jwk'] as const) {
      await expect(crypto.subtle.exportKey(format, privateKey)).rejects.toThrow();
    }
  });

  it('the stored key survives closing and reopening the database, and still signs', async () => {
    const created = await getSigningKey();
    const reopened = new AppDB();
    const read = await getSigningKey(reopened);
    reopened.close();
    expect(read.publicKey).toBe(created.publicKey);
    const digest = buildDigest(
      { sessions: [], reflections: [] },
      { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: 60 },
    );
    const signed = await signDigest(digest, read);
    expect((await verifyDigestSignature(signed)).status).toBe('verified');
  });

  it('two contexts asking at once end with one key: the first stored wins, the other is dropped', async () => {
    // Separate connections stand for a dashboard tab and another page of the extension.
    const contexts = [new AppDB(), new AppDB(), new AppDB()];
    const keys = await Promise.all(contexts.map((db) => getSigningKey(db)));
    for (const db of contexts) db.close();
    expect(new Set(keys.map((key) => key.publicKey)).size).toBe(1);
    expect(await getDb().signingKeys.count()).toBe(1);
    expect((await getDb().signingKeys.toArray())[0]?.publicKey).toBe(keys[0]?.publicKey);
  });

  it('refuses a stored row that is not a non-extractable Ed25519 key instead of signing with it', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const raw = Buffer.from(await crypto.subtle.exportKey('raw', pair.publicKey)).toString('base64url');
    await getDb().signingKeys.put({
      id: 'installation',
      privateKey: pair.privateKey,
      publicKey: raw,
      createdAt: 1,
    });
    await expect(getSigningKey()).rejects.toThrow(/non-extractable/);
  });
});

describe('the key and the learner’s own data', () => {
  it('erasing one’s study keeps the key, so the organiser’s ledger still knows the installation', async () => {
    const before = await getSigningKey();
    expect(await eraseEverything(extensionSettingsStore)).toEqual({ ok: true });
    expect((await getSigningKey()).publicKey).toBe(before.publicKey);
  });

  it('a backup carries neither the private key nor the public key', async () => {
    const { publicKey } = await getSigningKey();
    const backup = JSON.stringify(await readEverything(extensionSettingsStore));
    expect(backup).not.toContain(publicKey);
    expect(backup).not.toMatch(/signingKeys|privateKey/);
  });
});
