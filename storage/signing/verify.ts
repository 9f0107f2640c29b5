import { fromBase64url } from './base64url';
import { fingerprintOf } from './fingerprint';
import { CanonicalJsonError, canonicalize } from './jcs';
import { digestSignatureSchema } from './signature-schema';

/**
 * - `verified`: the signature holds for this exact content and key.
 * - `edited`: a well-formed signature that does not hold: the content (or the key) changed after signing.
 * - `unsigned`: an object with no `signature` field.
 * - `invalid`: not an object, a malformed `signature` (wrong alg, lengths, encoding, extra fields), or
 *   content that has no RFC 8785 form (lone surrogate, non-finite number).
 */
export type SignatureStatus = 'verified' | 'edited' | 'unsigned' | 'invalid';

export interface SignatureCheck {
  status: SignatureStatus;
  /** "3f2a 9c01 77be 04d1", set whenever the signature carries a well-formed public key (also when edited). */
  fingerprint?: string;
  /** The raw public key, base64url without padding; set with `fingerprint`. */
  publicKey?: string;
  /** Why the status is `invalid` or `edited`, in English for logs and tooltips. */
  reason?: string;
}

/**
 * Checks a digest's `signature` (docs/signatures.md). Pass the value straight from `JSON.parse`, not a
 * schema's output: parsing drops or rewrites fields, and the signature covers the file as it is.
 * Never throws; a file whose `signature` checks out may still fail the digest schema, which is the
 * caller's own check.
 */
export async function verifyDigestSignature(json: unknown): Promise<SignatureCheck> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { status: 'invalid', reason: 'not a JSON object' };
  }
  const { signature, ...content } = json as Record<string, unknown>;
  if (!Object.hasOwn(json, 'signature')) return { status: 'unsigned' };
  const parsed = digestSignatureSchema.safeParse(signature);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `signature.${issue.path.join('.')}` : 'signature';
    return { status: 'invalid', reason: `${where}: ${issue?.message ?? 'malformed'}` };
  }
  const { publicKey, value } = parsed.data;
  const key = { publicKey, fingerprint: await fingerprintOf(publicKey) };
  let text: string;
  try {
    text = canonicalize(content);
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return { status: 'invalid', ...key, reason: `no canonical JSON: ${error.message}` };
  }
  const holds = await ed25519Verify(publicKey, value, new TextEncoder().encode(text));
  if (holds === undefined) return { status: 'invalid', ...key, reason: 'not an Ed25519 public key' };
  return holds
    ? { status: 'verified', ...key }
    : { status: 'edited', ...key, reason: 'the signature does not match the content' };
}

/** True or false from WebCrypto, or undefined when the 32 bytes are not a usable Ed25519 point. */
async function ed25519Verify(
  publicKey: string,
  value: string,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean | undefined> {
  const raw = fromBase64url(publicKey);
  const signature = fromBase64url(value);
  if (!raw || !signature) return undefined;
  let key: CryptoKey;
  try {
    key = await globalThis.crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return undefined;
  }
  return globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, signature, data);
}
