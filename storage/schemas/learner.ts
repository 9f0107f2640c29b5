import { z } from './zod';

/** Control characters and the bidirectional overrides that could make a name read differently in a table. */
const UNSAFE_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

const identityText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => !UNSAFE_CHARACTERS.test(text), { message: 'control characters are not allowed' });

/** Field limits, shared by the settings form and the digest schema. */
export const LEARNER_LIMITS = { name: 50, staffNumber: 32, unit: 100 } as const;

/**
 * Who hands in the digest, as the learner chose to say (all optional): name, staff number (工号) and unit
 * (学院/部门). It goes into a digest only when at least one field is set.
 */
export const learnerSchema = z.strictObject({
  name: identityText(LEARNER_LIMITS.name).optional(),
  /** 工号 */
  staffNumber: identityText(LEARNER_LIMITS.staffNumber).optional(),
  /** 学院/部门 */
  unit: identityText(LEARNER_LIMITS.unit).optional(),
});

export type Learner = z.infer<typeof learnerSchema>;

/** Stored settings: each field falls back to unset on its own, so one bad value never costs the others. */
export const storedLearnerSchema = z.object({
  name: identityText(LEARNER_LIMITS.name).optional().catch(undefined),
  staffNumber: identityText(LEARNER_LIMITS.staffNumber).optional().catch(undefined),
  unit: identityText(LEARNER_LIMITS.unit).optional().catch(undefined),
});

/** The learner fields that are set, or undefined when none is: what a digest carries. */
export function learnerForDigest(learner: Learner | undefined): Learner | undefined {
  if (!learner) return undefined;
  const set = Object.fromEntries(
    Object.entries(learner).filter(([, value]) => typeof value === 'string' && value !== ''),
  ) as Learner;
  return Object.keys(set).length > 0 ? set : undefined;
}
