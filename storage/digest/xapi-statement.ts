import { z } from '../schemas/zod';

/*
 * The part of xAPI 1.0.3 the digest export writes (https://github.com/adlnet/xAPI-Spec): agents with an
 * account or mbox, activities with a definition, results with a duration, a response, or a plan's score
 * and completion.
 */

/** Text keyed by an RFC 5646 language tag. */
const languageMap = z.record(z.string().min(2), z.string());

const activitySchema = z.object({
  objectType: z.literal('Activity'),
  id: z.url(),
  definition: z.object({ type: z.url(), name: languageMap }),
});

export const xapiAgentSchema = z.object({
  objectType: z.literal('Agent'),
  name: z.string().optional(),
  mbox: z.string().startsWith('mailto:').optional(),
  account: z.object({ homePage: z.url(), name: z.string().min(1) }).optional(),
});

export const xapiStatementSchema = z.object({
  id: z.uuid(),
  version: z.literal('1.0.3'),
  actor: xapiAgentSchema,
  verb: z.object({ id: z.url(), display: languageMap }),
  object: activitySchema,
  result: z
    .object({
      /** ISO 8601 duration, e.g. PT12M30S */
      duration: z.string().optional(),
      response: z.string().optional(),
      /** Share of a plan's requirement done, 0–1. */
      score: z.object({ scaled: z.number().min(-1).max(1) }).optional(),
      completion: z.boolean().optional(),
      extensions: z.record(z.url(), z.unknown()).optional(),
    })
    .optional(),
  context: z.object({
    platform: z.string().optional(),
    language: z.string().optional(),
    contextActivities: z.object({ parent: z.array(activitySchema) }).optional(),
    extensions: z.record(z.url(), z.unknown()).optional(),
  }),
  /** ISO 8601: when the study (or the writing of the reflection) took place. */
  timestamp: z.iso.datetime(),
});

export type XapiAgent = z.infer<typeof xapiAgentSchema>;
export type XapiActivity = z.infer<typeof activitySchema>;
export type XapiStatement = z.infer<typeof xapiStatementSchema>;
