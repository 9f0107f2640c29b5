import { z } from './zod';

/*
 * The organiser's ledger (参训台账, docs/ledger.md): people, their weeks, the cases they offered and every file
 * imported. The model says nothing about where a week came from beyond `source`, so a learning record store
 * can feed it as a second importer.
 */

/** A local calendar day, `YYYY-MM-DD`. */
const localDate = z.iso.date();
/** Integer milliseconds since the epoch. */
const epochMs = z.number().int().nonnegative();
const minutes = z.number().nonnegative();
const count = z.number().int().nonnegative();
/** "3f2a 9c01 77be 04d1": 4 groups of 4 hex digits (storage/signing/fingerprint.ts). */
export const fingerprintSchema = z.string().regex(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);

/** What a file's import came to; docs/ledger.md "Statuses". */
export const LEDGER_FILE_STATUSES = [
  'verified',
  'edited',
  'unsigned',
  'new-key',
  'unknown-person',
  'duplicate',
  'invalid',
] as const;
export const ledgerFileStatusSchema = z.enum(LEDGER_FILE_STATUSES);
export type LedgerFileStatus = z.infer<typeof ledgerFileStatusSchema>;

/** Why a file is `invalid`, `duplicate` or `unknown-person`: a code the UI words in the user's language. */
export const LEDGER_REASONS = [
  'not-json',
  'not-digest',
  'newer-version',
  'schema',
  'bad-signature',
  'not-a-week',
  'future-dated',
  'too-large',
  'archive-too-large',
  'archive-too-many-files',
  'archive-unreadable',
  'not-a-digest-file',
  'unreadable',
  'same-file',
  'older-than-kept',
  'replaced-by-newer',
  'no-learner',
  'not-on-roster',
] as const;
export const ledgerReasonSchema = z.enum(LEDGER_REASONS);
export type LedgerReason = z.infer<typeof ledgerReasonSchema>;

/** Where a week's numbers came from: digest files today, a learning record store later. */
export const ledgerSourceSchema = z.enum(['digest', 'lrs']);

/** A person of the training: from the roster, or (with no roster yet) from a digest's learner identity. */
export const ledgerPersonSchema = z.object({
  /** `s:<staff number>` when there is one, else `n:<name>`. */
  id: z.string().min(3).max(120),
  /** 工号, normalised (NFKC, trimmed). */
  staffNo: z.string().max(64).optional(),
  /** 姓名, as text (never markup). */
  name: z.string().max(100),
  /** 单位: 学院/部门. */
  unit: z.string().max(200),
  /** On the organiser's roster (false: known only from a digest, imported before any roster). */
  onRoster: z.boolean(),
  /** The key fingerprint this person's files must be signed with: from the roster, or the first key seen. */
  pinnedFingerprint: fingerprintSchema.optional(),
  /** Whether the pin came from the roster or from the first signed file. */
  pinnedBy: z.enum(['roster', 'first-file', 'organiser']).optional(),
  /** Order on the roster (rows), for stable listing. */
  order: count,
});
export type LedgerPerson = z.infer<typeof ledgerPersonSchema>;

/** A training plan's state in one week, as the learner's digest reported it. */
export const ledgerPlanSchema = z.object({
  /** The plan's stable id across weeks, when the source has one. */
  planId: z.string().max(64).optional(),
  title: z.string().max(200),
  /** 学时 the plan requires in all, in minutes. */
  requiredMinutes: minutes.optional(),
  /** Minutes counted toward the plan up to the end of the week. */
  doneMinutes: minutes.optional(),
  /** Local `YYYY-MM-DD`. */
  deadline: localDate.optional(),
  /** The learner's pace status at the end of the week. */
  status: z.enum(['on-track', 'behind', 'done', 'overdue', 'not-started', 'ended']).optional(),
});
export type LedgerPlan = z.infer<typeof ledgerPlanSchema>;

/** One person's one week: what the views and exports count. */
export const ledgerWeekSchema = z.object({
  /** `<personId>|<weekStart>` */
  id: z.string().min(1).max(140),
  personId: z.string().min(3).max(120),
  /** Monday of the ISO week, local `YYYY-MM-DD`. */
  weekStart: localDate,
  /** All study in the week, manual time included (digest `totals.activeMinutes`). */
  minutes,
  /** Of which entered by hand. */
  manualMinutes: minutes,
  daysStudied: count,
  /** The learner's own weekly goal in minutes (0 when none). */
  goalMinutes: minutes,
  reflectionCount: count,
  caseCount: count,
  plans: z.array(ledgerPlanSchema).max(20),
  source: ledgerSourceSchema,
  /** The file (or LRS query) the week came from. */
  fileId: z.string().min(1).max(80),
  /** Status of that file: verified, unsigned or new-key (edited files never become weeks). */
  status: ledgerFileStatusSchema,
  /** When the learner produced it (ms): of two files for the same week, the newer is kept. */
  generatedAt: epochMs,
});
export type LedgerWeek = z.infer<typeof ledgerWeekSchema>;

/** A reflection the learner offered to the case library (案例). */
export const ledgerCaseSchema = z.object({
  /** `<weekId>|<reflection id>` */
  id: z.string().min(1).max(220),
  weekId: z.string().min(1).max(140),
  personId: z.string().min(3).max(120),
  weekStart: localDate,
  /** ms since epoch */
  createdAt: epochMs,
  courseTitle: z.string().max(500),
  lessonTitle: z.string().max(500),
  topics: z.array(z.string().max(50)).max(20),
  /** 学: what the learner learned, the case's summary. */
  learned: z.string().max(5000),
});
export type LedgerCase = z.infer<typeof ledgerCaseSchema>;

/** A digest file's readable content, kept so a later roster import can match `unknown-person` files. */
export const ledgerExtractSchema = z.object({
  learner: z
    .object({
      name: z.string().max(100).optional(),
      staffNo: z.string().max(64).optional(),
      unit: z.string().max(200).optional(),
    })
    .optional(),
  week: ledgerWeekSchema.omit({ id: true, personId: true, fileId: true, status: true, source: true }),
  cases: z.array(ledgerCaseSchema.omit({ id: true, weekId: true, personId: true, weekStart: true })),
  /** Signature state of the file itself. */
  signature: z.enum(['verified', 'edited', 'unsigned']),
});
export type LedgerExtract = z.infer<typeof ledgerExtractSchema>;

/** Every imported file, good or bad: what the organiser sees in the file list. */
export const ledgerFileSchema = z.object({
  id: z.string().min(1).max(80),
  /** File name as given (inside an archive: `archive.zip/inner/name.json`), stored as text. */
  name: z.string().max(1000),
  /** Bytes (uncompressed for archive entries). */
  size: count,
  status: ledgerFileStatusSchema,
  reason: ledgerReasonSchema.optional(),
  /** A detail for the reason (the schema field that failed, the newer version number, the limit). */
  detail: z.string().max(300).optional(),
  personId: z.string().max(120).optional(),
  weekStart: localDate.optional(),
  fingerprint: fingerprintSchema.optional(),
  /** The other file of a duplicate pair. */
  otherFileId: z.string().max(80).optional(),
  /** ms since epoch */
  importedAt: epochMs,
  /** Import order within the ledger, so rules that depend on "first" are stable. */
  seq: count,
  extract: ledgerExtractSchema.optional(),
});
export type LedgerFile = z.infer<typeof ledgerFileSchema>;
