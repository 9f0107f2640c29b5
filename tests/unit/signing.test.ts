import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, type Digest, renderJson } from '@/storage/digest';
import { fromBase64url, toBase64url } from '@/storage/signing/base64url';
import { fingerprintOf, normalizeFingerprint } from '@/storage/signing/fingerprint';
import { generateSigner } from '@/storage/signing/generate-key';
import { type DigestSigner, signDigest, signJson } from '@/storage/signing/sign-digest';
import { verifyDigestSignature } from '@/storage/signing/verify';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

let signer: DigestSigner;
let signed: Digest;
/** The exported file as the organiser reads it. */
let fileJson: Record<string, unknown>;
beforeAll(async () => {
  signer = await generateSigner();
  signed = await signDigest(digest, signer);
  fileJson = JSON.parse(renderJson(signed));
});

describe('signDigest and verifyDigestSignature', () => {
  it('an exported JSON file verifies, with the signer key and its fingerprint', async () => {
    const check = await verifyDigestSignature(fileJson);
    expect(check).toEqual({
      status: 'verified',
      publicKey: signer.publicKey,
      fingerprint: await fingerprintOf(signer.publicKey),
    });
  });

  it('the signature is Ed25519 with a raw 32-byte key and a 64-byte value, base64url without padding', () => {
    const signature = fileJson.signature as Record<string, string>;
    expect(signature.alg).toBe('Ed25519');
    expect(signature.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signature.value).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(fromBase64url(signature.publicKey ?? '')).toHaveLength(32);
    expect(fromBase64url(signature.value ?? '')).toHaveLength(64);
  });

  it('an edited number, title or added field makes it "edited"', async () => {
    const totals = fileJson.totals as Record<string, number>;
    const edits: Record<string, unknown>[] = [
      { ...fileJson, totals: { ...totals, activeMinutes: (totals.activeMinutes ?? 0) + 0.1 } },
      { ...fileJson, period: { ...(fileJson.period as object), end: '2026-11-29' } },
      { ...fileJson, extra: true },
      { ...fileJson, learner: { name: '王芳' } },
    ];
    for (const edited of edits) {
      expect((await verifyDigestSignature(edited)).status).toBe('edited');
    }
  });

  it('a changed byte anywhere in the file text, outside whitespace, never verifies', async () => {
    const text = renderJson(signed);
    // Change one byte at many places: keys, values, the signature itself. Some changes break the JSON.
    let checked = 0;
    for (let i = 0; i < text.length; i += 37) {
      const code = text.charCodeAt(i);
      const changed = text.slice(0, i) + String.fromCharCode(code === 0x31 ? 0x32 : 0x31) + text.slice(i + 1);
      let parsed: unknown;
      try {
        parsed = JSON.parse(changed);
      } catch {
        continue;
      }
      const status = (await verifyDigestSignature(parsed)).status;
      // Whitespace between tokens is not signed content; every other change must fail (a changed
      // "signature" key leaves a file that is unsigned).
      if (/\s/.test(text[i] ?? '')) expect(status).toBe('verified');
      else expect(status, `byte ${i}`).not.toBe('verified');
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('a key from another installation is a different, verified key: the pinning is the ledger’s', async () => {
    const other = await generateSigner();
    const theirs = await verifyDigestSignature(JSON.parse(renderJson(await signDigest(digest, other))));
    const ours = await verifyDigestSignature(fileJson);
    expect(theirs.status).toBe('verified');
    expect(theirs.publicKey).not.toBe(ours.publicKey);
    expect(theirs.fingerprint).not.toBe(ours.fingerprint);
  });

  it('swapping in another key over our signature is "edited"', async () => {
    const other = await generateSigner();
    const swapped = {
      ...fileJson,
      signature: { ...(fileJson.signature as object), publicKey: other.publicKey },
    };
    expect(await verifyDigestSignature(swapped)).toMatchObject({
      status: 'edited',
      publicKey: other.publicKey,
    });
  });

  it('re-signing replaces an old signature instead of signing it', async () => {
    const again = await signDigest(signed, signer);
    expect((await verifyDigestSignature(JSON.parse(renderJson(again)))).status).toBe('verified');
  });

  it('a digest without a signature is "unsigned"; a non-object is "invalid"', async () => {
    const { signature: _s, ...unsigned } = fileJson;
    expect(await verifyDigestSignature(unsigned)).toEqual({ status: 'unsigned' });
    for (const value of [null, 'text', 3, [fileJson]]) {
      expect((await verifyDigestSignature(value)).status).toBe('invalid');
    }
  });

  it('a malformed signature object is "invalid" with the reason', async () => {
    const good = fileJson.signature as Record<string, string>;
    const bad: [unknown, RegExp][] = [
      [null, /signature/],
      ['abc', /signature/],
      [{ ...good, alg: 'EdDSA' }, /signature\.alg/],
      [{ ...good, alg: 'ed25519' }, /signature\.alg/],
      [{ ...good, publicKey: good.publicKey?.slice(0, 42) }, /signature\.publicKey: expected 32 bytes/],
      [{ ...good, publicKey: `${good.publicKey}=` }, /signature\.publicKey/],
      [{ ...good, value: good.value?.slice(0, 80) }, /signature\.value: expected 64 bytes/],
      [{ ...good, value: toBase64url(new Uint8Array(65)) }, /signature\.value/],
      [{ ...good, value: good.value?.replace(/./, '+') }, /signature\.value/],
      [{ alg: 'Ed25519', publicKey: good.publicKey }, /signature\.value/],
      [{ ...good, keyId: 'x' }, /signature/],
    ];
    for (const [signature, reason] of bad) {
      const check = await verifyDigestSignature({ ...fileJson, signature });
      expect(check.status, JSON.stringify(signature)).toBe('invalid');
      expect(check.reason).toMatch(reason);
    }
  });

  it('content with a lone surrogate (legal in JSON.parse, not in RFC 8785) is "invalid"', async () => {
    const lone = JSON.parse(String.raw`{"kind":"x\ud800"}`);
    const signedLone = { ...lone, signature: fileJson.signature };
    expect(await verifyDigestSignature(signedLone)).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/lone surrogate/),
    });
  });

  it('signJson signs any object the same way (fixtures for the ledger can sign their own files)', async () => {
    const value = await signJson({ b: 1, a: '学' }, signer);
    expect(await verifyDigestSignature(value)).toMatchObject({ status: 'verified' });
  });
});

describe('fingerprintOf', () => {
  it('is the first 8 bytes of SHA-256 of the raw key as 4 groups of 4 hex digits', async () => {
    const raw = fromBase64url(signer.publicKey) ?? new Uint8Array();
    const expected = createHash('sha256').update(raw).digest('hex').slice(0, 16).match(/.{4}/g)?.join(' ');
    const fingerprint = await fingerprintOf(signer.publicKey);
    expect(fingerprint).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    expect(fingerprint).toBe(expected);
  });

  it('throws on text that is not a 32-byte key', async () => {
    await expect(fingerprintOf('abc')).rejects.toThrow(TypeError);
    await expect(fingerprintOf(toBase64url(new Uint8Array(33)))).rejects.toThrow(TypeError);
  });

  it('normalizeFingerprint reads what people type into a roster', () => {
    expect(normalizeFingerprint('3F2A-9C01-77BE-04D1')).toBe('3f2a 9c01 77be 04d1');
    expect(normalizeFingerprint(' 3f2a9c0177be04d1 ')).toBe('3f2a 9c01 77be 04d1');
    expect(normalizeFingerprint('3f2a 9c01 77be')).toBeUndefined();
    expect(normalizeFingerprint('3f2a 9c01 77be 04dz')).toBeUndefined();
  });
});

describe('base64url', () => {
  it('round-trips every length and refuses padding, other alphabets and non-canonical tails', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length) & 0xff);
      const text = toBase64url(bytes);
      expect(text).not.toMatch(/[=+/]/);
      expect(fromBase64url(text)).toEqual(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
    }
    expect(fromBase64url('AA==')).toBeUndefined();
    expect(fromBase64url('A+8')).toBeUndefined();
    expect(fromBase64url('AB')).toBeUndefined(); // stray bits: only "AA" encodes the byte 0x00
    expect(fromBase64url('A')).toBeUndefined();
  });
});
