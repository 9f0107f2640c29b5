import { beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, type Digest, renderHtml, renderMarkdown } from '@/storage/digest';
import { escapeHtml } from '@/storage/digest/html-escape';
import { translate } from '@/storage/i18n';
import { learnerForDigest } from '@/storage/schemas/learner';
import { fingerprintOf } from '@/storage/signing/fingerprint';
import { generateSigner } from '@/storage/signing/generate-key';
import { signDigest } from '@/storage/signing/sign-digest';
import { verifyDigestSignature } from '@/storage/signing/verify';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

let signed: Digest;
let fingerprint: string;
beforeAll(async () => {
  const signer = await generateSigner();
  signed = await signDigest({ ...digest, learner: { name: '王芳', staffNumber: '20190123' } }, signer);
  fingerprint = await fingerprintOf(signer.publicKey);
});

describe('the "signed" line of the HTML and Markdown', () => {
  it.each(['en', 'zh_CN'] as const)('names the fingerprint and what it proves (%s)', (locale) => {
    const line = translate(locale, 'digest_signed', fingerprint);
    expect(renderMarkdown(signed, locale, fingerprint)).toContain(`> ${line}`);
    expect(renderHtml(signed, locale, fingerprint)).toContain(`<p class="note">${escapeHtml(line)}</p>`);
    expect(line).toContain(fingerprint);
  });

  it('an unsigned digest has no such line', () => {
    const line = translate('en', 'digest_signed', fingerprint);
    expect(renderMarkdown(digest, 'en', fingerprint)).not.toContain(line);
    expect(renderHtml(digest, 'en', fingerprint)).not.toContain(fingerprint);
  });

  it('shows the learner, escaped, only when the digest carries one', () => {
    expect(renderHtml(signed, 'en', fingerprint)).toContain('Learner: 王芳 · 20190123');
    const hostile = { ...digest, learner: { name: '<b>x</b> *y*' } };
    expect(renderHtml(hostile, 'en')).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(renderMarkdown(hostile, 'en')).toContain('\\*y\\*');
    expect(renderMarkdown(digest, 'en')).not.toContain('Learner:');
  });
});

describe('learnerForDigest', () => {
  it('keeps only the fields set, and gives nothing when none is', () => {
    expect(learnerForDigest({ name: '王芳', staffNumber: undefined, unit: '' })).toEqual({ name: '王芳' });
    expect(learnerForDigest({})).toBeUndefined();
    expect(learnerForDigest(undefined)).toBeUndefined();
  });

  it('the signed digest with a learner verifies, and editing the learner does not', async () => {
    expect((await verifyDigestSignature(signed)).status).toBe('verified');
    const renamed = { ...signed, learner: { name: '李雷', staffNumber: '20190123' } };
    expect((await verifyDigestSignature(renamed)).status).toBe('edited');
  });
});
