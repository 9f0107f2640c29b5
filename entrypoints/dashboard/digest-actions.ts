import type { DigestActions } from '@/components/digest/DigestView';
import { buildDigest, type Digest } from '@/storage/digest';
import { readDigestSource } from '@/storage/repositories/digest-source';
import { getSigningKey } from '@/storage/repositories/signing-keys';
import { learnerForDigest } from '@/storage/schemas/learner';
import type { Settings } from '@/storage/schemas/settings';
import { type DigestSigner, signDigest } from '@/storage/signing/sign-digest';
import { dayBounds, resolveTimeZone } from '@/storage/tracking/local-day';
import { downloadText } from './data-actions';

/**
 * The digest signed with this installation's key. A browser without Ed25519 in WebCrypto (Chromium before 137)
 * still gets its digest, unsigned: the view says so, and the organiser's ledger lists it as unsigned.
 */
export async function signOrKeep(
  digest: Digest,
  signer: () => Promise<DigestSigner> = getSigningKey,
): Promise<Digest> {
  let key: DigestSigner;
  try {
    key = await signer();
  } catch (error) {
    console.warn('StudyTrail: the digest is not signed, no signing key', error);
    return digest;
  }
  return signDigest(digest, key);
}

/** The Digest view's actions: rows from the repository, the pure builder, downloads and the clipboard. */
export function browserDigestActions(settings: () => Settings, version: string): DigestActions {
  return {
    async load(week) {
      const current = settings();
      const timeZone = resolveTimeZone(current.timeZone);
      const source = await readDigestSource(
        dayBounds(week.start, timeZone).start,
        dayBounds(week.end, timeZone).end,
      );
      const digest = buildDigest(source, {
        start: week.start,
        end: week.end,
        timeZone,
        now: Date.now(),
        weeklyGoalMinutes: current.weeklyGoalMinutes,
        method: {
          heartbeatSeconds: current.heartbeatSeconds,
          idleSeconds: current.idleSeconds,
          countBackgroundAudio: current.countBackgroundAudio,
          version,
        },
      });
      // Every export of the week is rendered from this one signed object (docs/signatures.md).
      const learner = learnerForDigest(current.learner);
      return signOrKeep({ ...digest, ...(learner && { learner }) });
    },
    save(files) {
      for (const file of files) downloadText(file.text, file.fileName, file.mime);
    },
    copy: (text) => navigator.clipboard.writeText(text),
    showWeek(start) {
      location.hash = `#/digest/${start}`;
    },
  };
}
