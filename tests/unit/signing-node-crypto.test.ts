import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDigest, renderJson } from '@/storage/digest';
import { generateSigner } from '@/storage/signing/generate-key';
import { signDigest } from '@/storage/signing/sign-digest';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

/**
 * The organiser's side with standard tools only: Node's own crypto (OpenSSL), not our verifier. The
 * canonical text is built here by sorting keys and JSON.stringify, which is RFC 8785 for data that has
 * no lone surrogates or non-finite numbers, as a digest never has.
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

function nodeVerifies(fileText: string): boolean {
  const { signature, ...content } = JSON.parse(fileText);
  const publicKey = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: signature.publicKey },
    format: 'jwk',
  });
  return verify(
    null,
    Buffer.from(canonicalText(content), 'utf8'),
    publicKey,
    Buffer.from(signature.value, 'base64url'),
  );
}

describe('a signed digest checked with Node crypto (no StudyTrail code)', () => {
  const digest = buildDigest(
    { sessions: SESSIONS, reflections: REFLECTIONS },
    { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
  );

  it('verifies the exported file, from the raw public key given as a JWK', async () => {
    const text = renderJson(await signDigest(digest, await generateSigner()));
    expect(nodeVerifies(text)).toBe(true);
  });

  it('fails the same file with one number edited', async () => {
    const text = renderJson(await signDigest(digest, await generateSigner()));
    const edited = text.replace(/"activeMinutes": (\d+)/, (_, n) => `"activeMinutes": ${Number(n) + 1}`);
    expect(edited).not.toBe(text);
    expect(nodeVerifies(edited)).toBe(false);
  });
});
