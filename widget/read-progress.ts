import { z } from 'zod/mini';
import { periodGoalMinutes } from '@/storage/digest/period';
import { snapshotPlan } from '@/storage/digest/snapshot-plan';
import { type Snapshot, snapshotSchema } from '@/storage/schemas/snapshot';

/**
 * The parts of a digest (docs/architecture.md section 5) that a snapshot at share level 'minutes' is made of, in
 * zod/mini (the full digest schema is full zod). Only their shape: the snapshot made of them is parsed
 * with the snapshot schema. Schema versions 1 and 2 (2 dropped URLs) have the same shape here; 3 adds plans.
 */
const digestForSnapshotSchema = z.object({
  kind: z.literal('studytrail.digest'),
  schemaVersion: z.literal([1, 2, 3]),
  generatedAt: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  totals: z.object({ activeMinutes: z.number(), currentStreakDays: z.number() }),
  goal: z.object({ weeklyMinutes: z.number(), percent: z.number() }),
  perDay: z.array(z.object({ date: z.string(), minutes: z.number() })),
});

/**
 * A progress snapshot from what a portal gave the widget: a snapshot as it is, or a whole digest
 * projected as `toSnapshot(digest, 'minutes')` does (a unit test holds the two equal; toSnapshot's
 * course and topic code would only cost bytes here). A digest says nothing of the learner's share
 * level, so it shows the least: no course titles, no topics. Undefined when neither.
 */
export function readProgress(value: unknown): Snapshot | undefined {
  const snapshot = snapshotSchema.safeParse(value);
  if (snapshot.success) return snapshot.data;
  const digest = digestForSnapshotSchema.safeParse(value);
  if (!digest.success) return undefined;
  const { generatedAt, period, totals, perDay } = digest.data;
  // Version 3's plans are read as given: the projected snapshot's schema checks the plan's fields.
  const plans = (value as { plans?: unknown }).plans;
  const plan = snapshotPlan(Array.isArray(plans) ? plans : undefined);
  const projected = snapshotSchema.safeParse({
    kind: 'studytrail.snapshot',
    schemaVersion: 1,
    generatedAt,
    period,
    weekMinutes: totals.activeMinutes,
    goalMinutes: periodGoalMinutes(digest.data),
    perDay,
    currentStreakDays: totals.currentStreakDays,
    ...(plan && { plan }),
  });
  return projected.success ? projected.data : undefined;
}

/** `readProgress` of JSON text; undefined for text that is not JSON. */
export function readProgressText(text: string): Snapshot | undefined {
  try {
    return readProgress(JSON.parse(text));
  } catch {
    return undefined;
  }
}
