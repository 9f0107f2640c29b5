import { z } from '@/storage/schemas/zod';
import { fromBase64url } from './base64url';

/** Ed25519 sizes (RFC 8032): a raw public key is 32 bytes, a signature 64. */
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

const base64urlOf = (bytes: number) =>
  z
    .string()
    .max(200)
    .refine((text) => fromBase64url(text)?.length === bytes, {
      message: `expected ${bytes} bytes as base64url without padding`,
    });

/**
 * A digest's `signature` field: Ed25519 over the RFC 8785 canonical JSON of the digest without this field
 * (docs/signatures.md).
 */
export const digestSignatureSchema = z.strictObject({
  alg: z.literal('Ed25519'),
  /** The raw 32-byte public key, base64url without padding. */
  publicKey: base64urlOf(PUBLIC_KEY_BYTES),
  /** The 64-byte signature, base64url without padding. */
  value: base64urlOf(SIGNATURE_BYTES),
});

export type DigestSignature = z.infer<typeof digestSignatureSchema>;
