import { describe, expect, it } from 'vitest';
import { buildDigest, renderJson } from '@/storage/digest';
import { generateSigner } from '@/storage/signing/generate-key';
import { signDigest } from '@/storage/signing/sign-digest';
import { nodeVerifies } from '../e2e/harness/node-verify';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

/** The exported text as the organiser receives it, checked with Node's crypto alone, not our verifier. */
const nodeVerifiesText = (fileText: string) => nodeVerifies(JSON.parse(fileText));

describe('a signed digest checked with Node crypto (no StudyTrail code)', () => {
  const digest = buildDigest(
    { sessions: SESSIONS, reflections: REFLECTIONS },
    { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
  );

  it('verifies the exported file, from the raw public key given as a JWK', async () => {
    const text = renderJson(await signDigest(digest, await generateSigner()));
    expect(nodeVerifiesText(text)).toBe(true);
  });

  it('fails the same file with one number edited', async () => {
    const text = renderJson(await signDigest(digest, await generateSigner()));
    const edited = text.replace(/"activeMinutes": (\d+)/, (_, n) => `"activeMinutes": ${Number(n) + 1}`);
    expect(edited).not.toBe(text);
    expect(nodeVerifiesText(edited)).toBe(false);
  });
});
