import { digestSchema } from './digest';
import { z } from './zod';

/*
 * A digest as the ledger reads it: every version StudyTrail has written that carries what the ledger needs
 * (2 and 3). Version 3 added `plans`, `learner` and `signature`; plans are read leniently, so a plan field
 * this build does not know costs that field only, never the file.
 */

const text = (max: number) => z.string().max(max).optional().catch(undefined);
const number = z.number().nonnegative().optional().catch(undefined);

/** One plan entry of a version 3 digest, in the words the ledger keeps (storage/schemas/ledger.ts). */
const digestPlanSchema = z
  .object({
    planId: text(64),
    name: text(200),
    title: text(200),
    requiredMinutes: number,
    requiredClassHours: number,
    classHourMinutes: number,
    doneMinutes: number,
    trackedMinutes: number,
    minutes: number,
    deadline: z.iso.date().optional().catch(undefined),
    status: text(40),
  })
  .catch({});

export const ledgerDigestSchema = digestSchema.extend({
  schemaVersion: z.union([z.literal(2), z.literal(3)]),
  plans: z.array(digestPlanSchema).max(50).optional().catch(undefined),
  /** Who hands it in (version 3, optional): matched against the roster, so an odd field costs only itself. */
  learner: z
    .object({ name: text(100), staffNumber: text(64), unit: text(200) })
    .optional()
    .catch(undefined),
  /** Checked on the raw file (storage/signing/verify.ts); the schema only lets it through. */
  signature: z.unknown().optional(),
});

export type LedgerDigest = z.infer<typeof ledgerDigestSchema>;
export type LedgerDigestPlan = z.infer<typeof digestPlanSchema>;
