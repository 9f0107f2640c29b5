// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type DigestActions, DigestView } from '@/components/digest/DigestView';
import type { DigestFile } from '@/components/digest/digest-files';
import { signOrKeep } from '@/entrypoints/dashboard/digest-actions';
import { buildDigest, type Digest } from '@/storage/digest';
import { translate } from '@/storage/i18n';
import { fingerprintOf } from '@/storage/signing/fingerprint';
import { generateSigner } from '@/storage/signing/generate-key';
import { signDigest } from '@/storage/signing/sign-digest';
import { verifyDigestSignature } from '@/storage/signing/verify';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

function show(loaded: Digest) {
  const saved: DigestFile[][] = [];
  const actions: DigestActions = {
    load: async () => loaded,
    save: (files) => saved.push(files),
    copy: async () => undefined,
    showWeek: vi.fn(),
  };
  act(() => render(<DigestView locale="en" week={PERIOD} actions={actions} />, container));
  return saved;
}

describe('the Digest view and signatures', () => {
  it('a signed digest: the preview and the Markdown name the fingerprint, the JSON verifies', async () => {
    const signer = await generateSigner();
    const fingerprint = await fingerprintOf(signer.publicKey);
    const saved = show(await signDigest(digest, signer));
    await flush();
    await flush();
    expect(container.querySelector('iframe')?.getAttribute('srcdoc')).toContain(fingerprint);
    expect(container.querySelector('[data-testid="digest-unsigned"]')).toBeNull();
    act(() => container.querySelector<HTMLButtonElement>('button[data-format="markdown"]')?.click());
    act(() => container.querySelector<HTMLButtonElement>('button[data-format="json"]')?.click());
    expect(saved[0]?.[0]?.text).toContain(translate('en', 'digest_signed', fingerprint));
    const json = JSON.parse(saved[1]?.[0]?.text ?? '{}');
    expect(await verifyDigestSignature(json)).toMatchObject({ status: 'verified', fingerprint });
  });

  it('an unsigned digest says so in the view, and its documents claim no signature', async () => {
    const saved = show(digest);
    await flush();
    expect(container.querySelector('[data-testid="digest-unsigned"]')?.textContent).toBe(
      translate('en', 'digestView_unsigned'),
    );
    act(() => container.querySelector<HTMLButtonElement>('button[data-format="markdown"]')?.click());
    expect(saved[0]?.[0]?.text).not.toContain('Signed, key fingerprint');
  });
});

describe('signOrKeep', () => {
  it('signs with the installation key', async () => {
    const signer = await generateSigner();
    const signed = await signOrKeep(digest, async () => signer);
    expect(await verifyDigestSignature(signed)).toMatchObject({
      status: 'verified',
      publicKey: signer.publicKey,
    });
  });

  it('keeps the digest, unsigned, when the browser cannot make a key (no Ed25519 in WebCrypto)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const kept = await signOrKeep(digest, async () => {
      throw new DOMException('Unrecognized name.', 'NotSupportedError');
    });
    expect(kept).toBe(digest);
    expect(kept.signature).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
