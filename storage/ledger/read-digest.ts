import type { LedgerReason } from '@/storage/schemas/ledger';
import { type LedgerDigest, ledgerDigestSchema } from '@/storage/schemas/ledger-digest';
import { localDate, resolveTimeZone } from '@/storage/tracking/local-day';
import { weekContaining } from '@/storage/tracking/weeks';
import { LEDGER_LIMITS } from './limits';

/** The signature check the ledger needs (storage/signing/verify.ts `verifyDigestSignature`). */
export interface LedgerSignatureCheck {
  status: 'verified' | 'edited' | 'unsigned' | 'invalid';
  fingerprint?: string;
  reason?: string;
}
export type VerifySignature = (json: unknown) => Promise<LedgerSignatureCheck>;

export type ReadDigestResult =
  | { ok: true; digest: LedgerDigest; signature: 'verified' | 'edited' | 'unsigned'; fingerprint?: string }
  | { ok: false; reason: LedgerReason; detail?: string; fingerprint?: string };

const DAY_MS = 86_400_000;

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    // `fatal`: a file that is not UTF-8 is not a digest StudyTrail wrote; the BOM is dropped by default.
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false };
  }
}

/** Today in the digest's own time zone (an unknown zone, which Intl refuses, falls back to the organiser's). */
function todayIn(now: number, timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return localDate(now, timeZone);
  } catch {
    return localDate(now, resolveTimeZone('auto'));
  }
}

/**
 * Reads one digest file: JSON, a StudyTrail digest of a version this build reads, its signature, the digest
 * schema, one ISO week, and not dated after `now`. Every refusal names its reason; nothing throws.
 */
export async function readDigest(
  bytes: Uint8Array,
  now: number,
  verify: VerifySignature,
): Promise<ReadDigestResult> {
  if (bytes.length > LEDGER_LIMITS.fileBytes) {
    return { ok: false, reason: 'too-large', detail: String(LEDGER_LIMITS.fileBytes) };
  }
  const parsed = parseJson(bytes);
  if (!parsed.ok) return { ok: false, reason: 'not-json' };
  const json = parsed.value;
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { kind?: unknown }).kind !== 'studytrail.digest'
  ) {
    return { ok: false, reason: 'not-digest' };
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'not-digest' };
  if (version > LEDGER_LIMITS.newestDigestVersion) {
    return { ok: false, reason: 'newer-version', detail: String(version) };
  }
  if (version < LEDGER_LIMITS.oldestDigestVersion)
    return { ok: false, reason: 'schema', detail: `schemaVersion ${version}` };
  const check = await verify(json);
  if (check.status === 'invalid') {
    return {
      ok: false,
      reason: 'bad-signature',
      detail: check.reason?.slice(0, 300),
      fingerprint: check.fingerprint,
    };
  }
  const result = ledgerDigestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      reason: 'schema',
      detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`.slice(0, 300),
    };
  }
  const digest = result.data;
  const { start, end, timeZone } = digest.period;
  if (end < start || weekContaining(start).start !== weekContaining(end).start) {
    return { ok: false, reason: 'not-a-week', detail: `${start} – ${end}` };
  }
  const generatedAt = Date.parse(digest.generatedAt);
  // A day of slack for clocks and time zones; a week that has not begun cannot have been studied.
  if (generatedAt > now + DAY_MS || start > todayIn(now, timeZone)) {
    return { ok: false, reason: 'future-dated', detail: digest.generatedAt };
  }
  return { ok: true, digest, signature: check.status, fingerprint: check.fingerprint };
}
