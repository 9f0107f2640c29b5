import { z } from '@/storage/schemas/zod';
import { fromBase64url } from './base64url';
import { PUBLIC_KEY_BYTES } from './signature-schema';

/** The one row of `signingKeys`: this installation's key pair. */
export const INSTALLATION_KEY_ID = 'installation';

const cryptoKey = z.custom<CryptoKey>(
  (value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey,
  { message: 'expected a CryptoKey' },
);

/**
 * A `signingKeys` row. The private key is a non-extractable WebCrypto key: IndexedDB keeps it, nothing can
 * read its bytes, and backups never include this table.
 */
export const signingKeyRowSchema = z.object({
  id: z.literal(INSTALLATION_KEY_ID),
  privateKey: cryptoKey.refine((key) => !key.extractable && key.algorithm.name === 'Ed25519', {
    message: 'expected a non-extractable Ed25519 private key',
  }),
  /** The raw 32-byte public key, base64url without padding. */
  publicKey: z.string().refine((text) => fromBase64url(text)?.length === PUBLIC_KEY_BYTES),
  /** ms since epoch */
  createdAt: z.number().int().nonnegative(),
});

export type SigningKeyRow = z.infer<typeof signingKeyRowSchema>;
