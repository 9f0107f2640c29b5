import { createHash, createPublicKey, verify } from 'node:crypto';

/*
 * The organiser's side with standard tools only: Node's own crypto (OpenSSL), no StudyTrail code. Shared by
 * the unit test of the signed file and the e2e test of the exported one.
 */

/**
 * RFC 8785 text built by sorting keys and JSON.stringify: the same for data with no lone surrogates, no
 * non-finite numbers and no integer-like keys (JSON.stringify puts those first), as a digest never has.
 */
function canonicalText(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((key) => [key, sorted((v as Record<string, unknown>)[key])]),
          )
        : v;
  return JSON.stringify(sorted(value));
}

export interface SignedFile {
  signature: { alg: string; publicKey: string; value: string };
  learner?: Record<string, string>;
  [key: string]: unknown;
}

/** Whether the file's Ed25519 signature, from the raw public key given as a JWK, covers the rest of it. */
export function nodeVerifies({ signature, ...content }: SignedFile): boolean {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: signature.publicKey }, format: 'jwk' });
  return verify(
    null,
    Buffer.from(canonicalText(content), 'utf8'),
    key,
    Buffer.from(signature.value, 'base64url'),
  );
}

/** The key's fingerprint as the extension shows it: 8 bytes of SHA-256 of the raw key, 4 hex groups. */
export function nodeFingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex');
  return hex.slice(0, 16).replace(/(.{4})(?!$)/g, '$1 ');
}
