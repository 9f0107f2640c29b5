import { engagementKindSchema } from './messages';
import { z } from './zod';

/** The background's answer to `get-status`: what it counts in one tab now, and what stops all counting. */
export const tabStatusSchema = z.object({
  /** The tab's segment while it is still being extended; absent when the tab counts nothing now. */
  tracking: z
    .object({
      platformId: z.string(),
      courseTitle: z.string(),
      lessonTitle: z.string(),
      kind: engagementKindSchema,
    })
    .optional(),
  /** The screen is locked: nothing counts until it is unlocked. */
  locked: z.boolean(),
  /** The system reported no input anywhere for `idleSeconds`. */
  systemIdle: z.boolean(),
});
export type TabStatus = z.infer<typeof tabStatusSchema>;
