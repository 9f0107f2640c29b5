import { digestSignatureSchema } from '@/storage/signing/signature-schema';
import { learnerSchema } from './learner';
import { sessionKindSchema } from './rows';
import { z } from './zod';

/** Minutes at display precision: one decimal, computed from the union of intervals. */
const minutes = z.number().nonnegative();
/** Integer milliseconds since the epoch. */
const epochMs = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
/** A local calendar day, `YYYY-MM-DD`. */
const localDate = z.iso.date();

/**
 * The digest format. Version 2 replaced the stored course and lesson keys (which could be page URLs) by
 * opaque ids and cut URL-like text from titles; version 3 added `plans` (training plans, docs/plans.md) and
 * the optional `learner` and `signature`: see "Contract changes" in docs/architecture.md.
 */
export const DIGEST_SCHEMA_VERSION = 3;

/** 64 bits of a stable hash of a stored key, as hex: follows a course across digests, reveals no URL. */
const opaqueId = z.string().regex(/^[0-9a-f]{16}$/);

const lessonSchema = z.object({
  /** Opaque, stable id of the lesson within its course (never the lesson's URL). */
  lessonId: opaqueId,
  /** Page title, URL-like text cut. */
  title: z.string().max(500),
  minutes,
});

const courseSchema = z.object({
  /** Opaque, stable id of the course (never a URL or the stored key). */
  courseId: opaqueId,
  /** Page title, URL-like text cut. */
  title: z.string().max(500),
  platformId: z.string().max(64),
  /** Minutes attributed to this course (overlaps counted once, by priority). */
  minutes,
  lessons: z.array(lessonSchema),
});

const digestReflectionSchema = z.object({
  id: z.string().min(1).max(64),
  /** ms since epoch */
  createdAt: epochMs,
  courseTitle: z.string().max(500),
  lessonTitle: z.string().max(500),
  topics: z.array(z.string().min(1).max(50)).max(20),
  /** 学 */
  learned: z.string().min(1).max(5000),
  /** 思 */
  thought: z.string().max(5000),
  /** 用 */
  apply: z.string().max(5000),
  rating: z.number().int().min(1).max(5).optional(),
  /** Offered to the school's case library (案例). */
  isCase: z.boolean(),
});

/** A plan's status (storage/plans/status.ts). */
export const planStatusSchema = z.enum(['not-started', 'on-track', 'behind', 'done', 'ended']);

/**
 * One training plan active during the period, its progress taken at the period's end (or at generation,
 * if earlier). Class hours are the plan's own (`classHourMinutes` each); tracked ones are cut down to one
 * decimal, needed ones rounded up.
 */
const digestPlanSchema = z.object({
  /** Opaque, stable id of the plan (follows it across digests). */
  planId: opaqueId,
  name: z.string().min(1).max(100),
  organiser: z.string().max(100),
  /** The plan's first and last day (inclusive), local to `timeZone`. */
  start: localDate,
  deadline: localDate,
  timeZone: z.string().min(1),
  requiredClassHours: z.number().positive(),
  classHourMinutes: z.number().int().positive(),
  /** Minutes counted toward the plan within the digest's period. */
  periodMinutes: minutes,
  /** Minutes counted toward the plan from its start to when progress was taken. */
  trackedMinutes: minutes,
  trackedClassHours: z.number().nonnegative(),
  /** Whole percent of the requirement, at most 100. */
  percent: count,
  /** 学时 the platform credited, as typed in by the learner; never part of the tracked figure. */
  creditedClassHours: z.number().nonnegative().optional(),
  status: planStatusSchema,
  /** Class hours a week needed from then to make the deadline; absent when done or ended. */
  neededClassHoursPerWeek: z.number().nonnegative().optional(),
  /** The day the requirement is reached at the pace of the last four weeks (or was reached). */
  forecastDate: localDate.optional(),
});

const digestSessionSchema = z.object({
  id: z.string().min(1).max(64),
  /** ms since epoch, cut at the period start */
  start: epochMs,
  /** ms since epoch, cut at the period end */
  end: epochMs,
  /** This session's share of the union inside the period, so the sessions add up to activeMinutes. */
  minutes,
  kind: sessionKindSchema,
  platformId: z.string().max(64),
  courseTitle: z.string().max(500),
  lessonTitle: z.string().max(500),
});

/**
 * A period's study record (docs/architecture.md section 5): what the user hands in and every export is rendered
 * from. Minutes come from the union of all sessions, cut at the period bounds, rounded to one decimal.
 */
export const digestSchema = z.object({
  kind: z.literal('studytrail.digest'),
  schemaVersion: z.literal(DIGEST_SCHEMA_VERSION),
  /** ISO 8601 */
  generatedAt: z.iso.datetime({ offset: true }),
  /** Local days, both inclusive. */
  period: z.object({ start: localDate, end: localDate, timeZone: z.string().min(1) }),
  totals: z.object({
    /** All study, manual time included. */
    activeMinutes: minutes,
    /** Attributed to visible playing media (background audio is not in here). */
    mediaMinutes: minutes,
    /** Attributed to time entered by hand. */
    manualMinutes: minutes,
    daysStudied: count,
    sessionCount: count,
    currentStreakDays: count,
    longestStreakDays: count,
  }),
  goal: z.object({
    weeklyMinutes: minutes,
    /** activeMinutes over the weekly goal scaled to the period's length, as a whole percent. */
    percent: count,
  }),
  perDay: z.array(z.object({ date: localDate, minutes })),
  courses: z.array(courseSchema),
  topics: z.array(
    z.object({ topic: z.string().min(1).max(50), reflectionCount: z.number().int().positive() }),
  ),
  reflections: z.array(digestReflectionSchema),
  sessions: z.array(digestSessionSchema),
  previous: z.object({
    /** The same number of days just before the period. */
    activeMinutes: minutes,
    /** activeMinutes minus the previous period's, may be negative. */
    deltaMinutes: z.number(),
  }),
  /** Training plans active during the period, nearest deadline first (version 3; may be empty). */
  plans: z.array(digestPlanSchema).max(100),
  method: z.object({
    heartbeatSeconds: z.number().int().positive(),
    idleSeconds: z.number().int().positive(),
    countBackgroundAudio: z.boolean(),
    /** The StudyTrail version whose counting rules produced the numbers. */
    version: z.string().min(1).max(64),
  }),
  /** Who hands it in, only the fields the learner set in settings; absent when none is set. */
  learner: learnerSchema.optional(),
  /** Ed25519 over the RFC 8785 canonical JSON of the digest without this field (docs/signatures.md). */
  signature: digestSignatureSchema.optional(),
});

export type Digest = z.infer<typeof digestSchema>;
export type DigestCourse = z.infer<typeof courseSchema>;
export type DigestReflection = z.infer<typeof digestReflectionSchema>;
export type DigestSession = z.infer<typeof digestSessionSchema>;
export type DigestPlan = z.infer<typeof digestPlanSchema>;
export type DigestMethod = Digest['method'];
