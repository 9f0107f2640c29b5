import { type ReflectionRow, reflectionRowSchema } from '../schemas/rows';
import { z } from '../schemas/zod';
import { TEXT_MAX, TOPICS_MAX } from './draft-limits';

/**
 * An unsaved reflection, kept through the background in `storage.local` under {@link draftKey} so it
 * survives a closed card, a closed tab and a stopped service worker. Text is kept as typed, even empty.
 */
export const reflectionDraftSchema = z.strictObject({
  courseKey: z.string().min(1).max(2048),
  courseTitle: z.string().max(500),
  lessonTitle: z.string().max(500),
  topics: z.array(z.string().trim().min(1).max(50)).max(TOPICS_MAX),
  learned: z.string().max(TEXT_MAX),
  thought: z.string().max(TEXT_MAX),
  apply: z.string().max(TEXT_MAX),
  rating: z.number().int().min(1).max(5).optional(),
  isCase: z.boolean(),
  /** ms since epoch of the edit this draft records: of two tabs editing one draft, the later edit wins */
  editedAt: z.number().int().positive(),
});
export type ReflectionDraft = z.infer<typeof reflectionDraftSchema>;

/** `storage.local` key of a course's draft (one key per course: no read-modify-write of a shared object). */
export const draftKey = (courseKey: string) => `reflectionDraft:${courseKey}`;

/** Of a stored draft and an incoming one, the one to keep: the later edit wins, a tie goes to the incoming. */
export function laterDraft(stored: ReflectionDraft | undefined, incoming: ReflectionDraft): ReflectionDraft {
  return stored && stored.editedAt > incoming.editedAt ? stored : incoming;
}

/** Reads a stored draft leniently: anything that is not a valid draft is no draft. */
export function readDraft(stored: unknown): ReflectionDraft | undefined {
  const parsed = reflectionDraftSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The row a saved draft becomes, validated by the row schema: throws a ZodError (an empty 学, text over
 * the limit) rather than store a bad row. The id and time come from the background, never the page.
 */
export function draftToRow(
  draft: ReflectionDraft,
  saved: { id: string; now: number; sessionIds: readonly string[] },
): ReflectionRow {
  return reflectionRowSchema.parse({
    id: saved.id,
    createdAt: saved.now,
    updatedAt: saved.now,
    courseKey: draft.courseKey,
    courseTitle: draft.courseTitle,
    lessonTitle: draft.lessonTitle,
    topics: [...new Set(draft.topics.map((topic) => topic.trim()))],
    learned: draft.learned.trim(),
    thought: draft.thought.trim(),
    apply: draft.apply.trim(),
    ...(draft.rating === undefined ? {} : { rating: draft.rating }),
    isCase: draft.isCase,
    sessionIds: saved.sessionIds.slice(-1000),
  });
}
