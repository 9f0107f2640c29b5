import { type Digest, digestSchema } from '@/storage/schemas/digest';
import { toBase64url } from './base64url';
import { canonicalize } from './jcs';
import type { DigestSignature } from './signature-schema';

/** What signing needs: the non-extractable private key and the raw public key it belongs to. */
export interface DigestSigner {
  privateKey: CryptoKey;
  /** The raw 32-byte public key, base64url without padding. */
  publicKey: string;
}

/**
 * The object with `signature` set: Ed25519 over the RFC 8785 canonical JSON of the object without its
 * `signature` field (an old signature is replaced).
 */
export async function signJson<T extends Record<string, unknown>>(
  value: T,
  signer: DigestSigner,
): Promise<Omit<T, 'signature'> & { signature: DigestSignature }> {
  const { signature: _old, ...content } = value;
  const bytes = new TextEncoder().encode(canonicalize(content));
  const signed = await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, signer.privateKey, bytes);
  const signature: DigestSignature = {
    alg: 'Ed25519',
    publicKey: signer.publicKey,
    value: toBase64url(new Uint8Array(signed)),
  };
  return { ...content, signature };
}

/**
 * The digest signed as it will be exported: parsed by its schema first, so the JSON file (rendered from
 * the schema's output) holds exactly the fields the signature covers.
 */
export async function signDigest(digest: Digest, signer: DigestSigner): Promise<Digest> {
  const { signature: _old, ...unsigned } = digest;
  return signJson(digestSchema.parse(unsigned), signer);
}
