import { z } from './zod';

/** ms since epoch of 2000-01-01T00:00Z: no StudyTrail row can be older, so anything earlier is corrupt. */
export const EARLIEST_TIME_MS = Date.UTC(2000, 0, 1);
/** One day in ms: a session's longest length, and how far past an export (or now) a row may reach. */
export const DAY_MS = 24 * 3_600_000;
/** The longest stored session: a day. Longer ones would make a single row span several digest weeks. */
export const MAX_SESSION_MS = DAY_MS;
/** Latest time a stored row may carry when no reference moment is known (schema types, tests). */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** Zod issue messages that name the problem, so a refused file can say which rule a value broke. */
export const TIME_OUT_OF_RANGE = 'time-out-of-range';
export const SESSION_TOO_LONG = 'session-too-long';

/** Integer milliseconds since the epoch, from 2000-01-01 to `latestMs` (both inclusive). */
const epochMsUntil = (latestMs: number) =>
  z
    .number()
    .int()
    .min(EARLIEST_TIME_MS, { message: TIME_OUT_OF_RANGE })
    .max(latestMs, { message: TIME_OUT_OF_RANGE });

/** The longest note on a manual session, in characters. */
export const SESSION_NOTE_MAX = 500;

export const sessionKindSchema = z.enum(['input', 'media', 'background-audio', 'manual']);
export type SessionKind = z.infer<typeof sessionKindSchema>;

/**
 * A session row whose times lie between 2000-01-01 and `latestMs` (for a restore: the file's export time
 * plus a day), at most a day long. A 5-digit year or a row ending in 9999 would break every digest.
 */
export function sessionRowSchemaUntil(latestMs: number) {
  return z
    .object({
      id: z.string().min(1).max(64),
      /** ms since epoch */
      start: epochMsUntil(latestMs),
      /** ms since epoch; `end - start` is the session's length, at most {@link MAX_SESSION_MS} */
      end: epochMsUntil(latestMs),
      platformId: z.string().max(64),
      courseKey: z.string().max(2048),
      courseTitle: z.string().max(500),
      lessonKey: z.string().max(4096),
      lessonTitle: z.string().max(500),
      kind: sessionKindSchema,
      /** Browser tab id, or -1 for manual time. */
      tabId: z.number().int(),
      /** The learner's note on time entered by hand (manual kind only); never in a digest or snapshot. */
      note: z.string().max(SESSION_NOTE_MAX).optional(),
    })
    .refine((row) => row.end >= row.start, { message: 'end before start', path: ['end'] })
    .refine((row) => row.end - row.start <= MAX_SESSION_MS, { message: SESSION_TOO_LONG, path: ['end'] });
}

/** One stretch of engaged study in one tab (or entered by hand), as stored in the `sessions` table. */
export const sessionRowSchema = sessionRowSchemaUntil(UNBOUNDED);
export type SessionRow = z.infer<typeof sessionRowSchema>;

/** A reflection row whose `createdAt` and `updatedAt` lie between 2000-01-01 and `latestMs`. */
export function reflectionRowSchemaUntil(latestMs: number) {
  return z.object({
    id: z.string().min(1).max(64),
    /** ms since epoch */
    createdAt: epochMsUntil(latestMs),
    /** ms since epoch */
    updatedAt: epochMsUntil(latestMs),
    courseKey: z.string().max(2048),
    courseTitle: z.string().max(500),
    lessonTitle: z.string().max(500),
    topics: z.array(z.string().min(1).max(50)).max(20),
    /** 学: what I learned (required). */
    learned: z.string().trim().min(1).max(5000),
    /** 思: what I think. */
    thought: z.string().max(5000),
    /** 用: how I will use it in student work. */
    apply: z.string().max(5000),
    rating: z.number().int().min(1).max(5).optional(),
    /** Offered to the school's case library (案例). */
    isCase: z.boolean(),
    sessionIds: z.array(z.string()).max(1000),
  });
}

/** A 学 / 思 / 用 reflection, as stored in the `reflections` table. */
export const reflectionRowSchema = reflectionRowSchemaUntil(UNBOUNDED);
export type ReflectionRow = z.infer<typeof reflectionRowSchema>;
