import { fromBase64url } from './base64url';
import { PUBLIC_KEY_BYTES } from './signature-schema';

/**
 * The key's fingerprint as people read it aloud or paste it into a roster: the first 8 bytes of SHA-256 of
 * the raw 32-byte public key, as 4 groups of 4 lower-case hex digits ("3f2a 9c01 77be 04d1").
 * Throws a TypeError when the text is not a 32-byte key in base64url without padding.
 */
export async function fingerprintOf(publicKeyB64url: string): Promise<string> {
  const raw = fromBase64url(publicKeyB64url);
  if (raw?.length !== PUBLIC_KEY_BYTES) {
    throw new TypeError('fingerprintOf: expected a raw 32-byte Ed25519 public key in base64url');
  }
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', raw));
  const hex = Array.from(hash.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/**
 * A fingerprint as typed by a person (any case, spaces, dashes or colons between groups) in the form
 * `fingerprintOf` returns, or undefined when it is not 16 hex digits.
 */
export function normalizeFingerprint(text: string): string | undefined {
  const hex = text.replace(/[\s:-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{16}$/.test(hex)) return undefined;
  return hex.match(/.{4}/g)?.join(' ');
}
