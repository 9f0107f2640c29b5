import { z } from '@/storage/schemas/zod';

/** What a completion record shows: one plan's counted study, already summed (build-record.ts). */
export const completionRecordSchema = z.object({
  planName: z.string(),
  organiser: z.string(),
  /** Local `YYYY-MM-DD`, inclusive. */
  start: z.string(),
  deadline: z.string(),
  requiredHours: z.number(),
  /** Minutes in one 学时 for this plan. */
  minutesPerHour: z.number(),
  /** 学时 the platform itself credited, as the learner typed them; absent when not typed. */
  creditedHours: z.number().optional(),
  timeZone: z.string(),
  /** ISO 8601. */
  generatedAt: z.string(),
  /** Minutes counted toward the plan (union of intervals), manual entries included. */
  totalMinutes: z.number(),
  /** 学时 as the Plans view shows them (cut down to one decimal). */
  totalClassHours: z.number(),
  perCourse: z.array(z.object({ title: z.string(), minutes: z.number(), classHours: z.number() })),
  perWeek: z.array(
    z.object({ start: z.string(), end: z.string(), minutes: z.number(), classHours: z.number() }),
  ),
  manualEntries: z.array(
    z.object({ date: z.string(), minutes: z.number(), courseTitle: z.string(), lessonTitle: z.string() }),
  ),
  reflectionCount: z.number().int(),
  caseCount: z.number().int(),
  method: z.object({
    heartbeatSeconds: z.number(),
    idleSeconds: z.number(),
    countBackgroundAudio: z.boolean(),
  }),
});

export type CompletionRecord = z.infer<typeof completionRecordSchema>;
