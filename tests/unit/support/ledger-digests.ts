import { toBase64url } from '@/storage/signing/base64url';
import { canonicalize } from '@/storage/signing/jcs';

/*
 * Weekly digests as learners hand them in, signed the way StudyTrail signs them (Ed25519 over the RFC 8785
 * canonical JSON without `signature`), for the ledger's tests and bench.
 */

export interface TestSigner {
  privateKey: CryptoKey;
  publicKey: string;
}

/** A fresh Ed25519 key pair, as an installation makes on first use. */
export async function makeSigner(): Promise<TestSigner> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: toBase64url(raw) };
}

export interface WeekDigestOptions {
  /** Monday, `YYYY-MM-DD`. */
  weekStart: string;
  minutes: number;
  learner?: { name?: string; staffNumber?: string; unit?: string };
  goalMinutes?: number;
  generatedAt?: string;
  schemaVersion?: number;
  cases?: { courseTitle: string; lessonTitle: string; topics: string[]; learned: string }[];
  plans?: unknown[];
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A valid digest of one week (the version 3 shape when `learner` or `plans` is given). */
export function weekDigest(options: WeekDigestOptions): Record<string, unknown> {
  const end = addDays(options.weekStart, 6);
  const cases = options.cases ?? [];
  const version = options.schemaVersion ?? (options.learner || options.plans ? 3 : 2);
  return {
    kind: 'studytrail.digest',
    schemaVersion: version,
    generatedAt: options.generatedAt ?? `${addDays(options.weekStart, 7)}T01:00:00.000Z`,
    period: { start: options.weekStart, end, timeZone: 'Asia/Shanghai' },
    totals: {
      activeMinutes: options.minutes,
      mediaMinutes: options.minutes,
      manualMinutes: 0,
      daysStudied: options.minutes > 0 ? 3 : 0,
      sessionCount: options.minutes > 0 ? 4 : 0,
      currentStreakDays: 1,
      longestStreakDays: 2,
    },
    goal: {
      weeklyMinutes: options.goalMinutes ?? 180,
      percent: Math.round((options.minutes / (options.goalMinutes ?? 180)) * 100),
    },
    perDay: Array.from({ length: 7 }, (_, index) => ({
      date: addDays(options.weekStart, index),
      minutes: index === 0 ? options.minutes : 0,
    })),
    courses: [],
    topics: [],
    reflections: cases.map((item, index) => ({
      id: `r${index}`,
      createdAt: Date.parse(`${options.weekStart}T04:00:00Z`) + index,
      courseTitle: item.courseTitle,
      lessonTitle: item.lessonTitle,
      topics: item.topics,
      learned: item.learned,
      thought: '',
      apply: '',
      isCase: true,
    })),
    sessions: [],
    previous: { activeMinutes: 0, deltaMinutes: options.minutes },
    method: { heartbeatSeconds: 15, idleSeconds: 180, countBackgroundAudio: false, version: '0.1.0' },
    ...(options.learner ? { learner: options.learner } : {}),
    ...(options.plans ? { plans: options.plans } : {}),
  };
}

/** The digest with its signature, as the learner's export writes it. */
export async function signed(
  digest: Record<string, unknown>,
  signer: TestSigner,
): Promise<Record<string, unknown>> {
  const { signature: _old, ...content } = digest;
  const bytes = new TextEncoder().encode(canonicalize(content));
  const value = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, signer.privateKey, bytes));
  return {
    ...content,
    signature: { alg: 'Ed25519', publicKey: signer.publicKey, value: toBase64url(value) },
  };
}

/** A File-like input for the import. */
export function inputFile(name: string, content: string | Uint8Array) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

/** A digest as the JSON file a learner saves. */
export const jsonFile = (name: string, digest: unknown) => inputFile(name, JSON.stringify(digest, null, 2));
