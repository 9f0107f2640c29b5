import { z } from './zod';

/** Integer milliseconds since the epoch. */
const epochMs = z.number().int().nonnegative();

export const sessionKindSchema = z.enum(['input', 'media', 'background-audio', 'manual']);
export type SessionKind = z.infer<typeof sessionKindSchema>;

/** One stretch of engaged study in one tab (or entered by hand), as stored in the `sessions` table. */
export const sessionRowSchema = z
  .object({
    id: z.string().min(1).max(64),
    /** ms since epoch */
    start: epochMs,
    /** ms since epoch; `end - start` is the session's length */
    end: epochMs,
    platformId: z.string().max(64),
    courseKey: z.string().max(2048),
    courseTitle: z.string().max(500),
    lessonKey: z.string().max(4096),
    lessonTitle: z.string().max(500),
    kind: sessionKindSchema,
    /** Browser tab id, or -1 for manual time. */
    tabId: z.number().int(),
  })
  .refine((row) => row.end >= row.start, { message: 'end before start', path: ['end'] });
export type SessionRow = z.infer<typeof sessionRowSchema>;

/** A 学 / 思 / 用 reflection, as stored in the `reflections` table. */
export const reflectionRowSchema = z.object({
  id: z.string().min(1).max(64),
  /** ms since epoch */
  createdAt: epochMs,
  /** ms since epoch */
  updatedAt: epochMs,
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
export type ReflectionRow = z.infer<typeof reflectionRowSchema>;
