import { reflectionDraftSchema } from '../reflections/draft';
import { z } from './zod';

/**
 * Messages of the reflection card (content script) and the popup's form to the background, which alone
 * keeps drafts and writes reflections. Strict objects: a message with an unknown field is refused whole.
 */
export const reflectionMessageSchema = z.discriminatedUnion('type', [
  /** The card asks what to show in its tab; the popup names no course (the current or last one). */
  z.strictObject({ type: z.literal('reflection-context') }),
  /** Keeps a draft (debounced by the form); the later `editedAt` wins. */
  z.strictObject({ type: z.literal('reflection-draft'), draft: reflectionDraftSchema }),
  /** Saves the draft as a reflection; the background adds id, times and `sessionIds`. */
  z.strictObject({ type: z.literal('reflection-save'), draft: reflectionDraftSchema }),
  /** What became of the card in the tab. */
  z.strictObject({
    type: z.literal('reflection-card'),
    courseKey: z.string().min(1).max(2048),
    outcome: z.enum(['shown', 'blocked', 'later', 'not-today', 'closed', 'saved']),
  }),
]);
export type ReflectionMessage = z.infer<typeof reflectionMessageSchema>;

/** Message types this protocol owns: the general listener leaves them to the reflections module. */
export function isReflectionMessageType(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const type = (raw as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith('reflection-');
}

/** What the form needs to show a course's card. */
export interface ReflectionContext {
  courseKey: string;
  courseTitle: string;
  lessonTitle: string;
  suggestions: string[];
  /** The unsaved draft of that course, if any. */
  draft?: z.infer<typeof reflectionDraftSchema>;
  /** The platform's "are you still there" dialog: the card never covers it. */
  awayDialogSelector?: string;
  /** UI text in the learner's language (the card has no catalog of its own). */
  text: Record<string, string>;
  lang: 'zh-CN' | 'en';
}

export type ReflectionReply =
  | { ok: true; context?: ReflectionContext; id?: string }
  | {
      ok: false;
      error:
        | 'invalid-message'
        | 'no-course'
        | 'invalid-reflection'
        | 'storage-full'
        | 'write-failed'
        | 'not-allowed';
      detail?: string;
    };
