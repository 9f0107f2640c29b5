import { toBase64url } from './base64url';
import type { DigestSigner } from './sign-digest';

/** A fresh Ed25519 pair: the private key non-extractable, the public key exported raw (32 bytes). */
export async function generateSigner(): Promise<DigestSigner> {
  const pair = (await globalThis.crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = await globalThis.crypto.subtle.exportKey('raw', pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: toBase64url(new Uint8Array(raw)) };
}
