import { z } from './zod';

const titleSource = z.object({ selector: z.string().min(1).max(500) });

/** Which pages count as study and how to name what is studied there (docs/architecture.md section 4). */
export const platformRuleSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(100),
  /** WebExtension match patterns; they never see the URL's `#fragment`. */
  matches: z.array(z.string().min(1).max(500)).min(1).max(20),
  courseTitle: titleSource.optional(),
  lessonTitle: titleSource.optional(),
  /** Regular expression on document.title; its first capture group is the course title. */
  titlePattern: z.string().max(500).optional(),
  allFrames: z.boolean().optional(),
  /** A platform's "are you still there" dialog: while it is shown, the learner is not engaged. */
  awayDialog: titleSource.optional(),
});

export type PlatformRule = z.infer<typeof platformRuleSchema>;
