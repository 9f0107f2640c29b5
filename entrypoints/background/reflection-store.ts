import { ZodError } from 'zod';
import { browser } from '#imports';
import {
  draftKey,
  draftToRow,
  laterDraft,
  type ReflectionDraft,
  readDraft,
} from '@/storage/reflections/draft';
import { markSaved } from '@/storage/reflections/prompt-memory';
import { studySince } from '@/storage/reflections/study-since';
import {
  courseSessionsSince,
  lastReflectionOfCourse,
  saveReflection,
} from '@/storage/repositories/reflections';
import type { ReflectionReply } from '@/storage/schemas/reflection-messages';
import { updateMemory } from './reflection-memory';

/** Storage that refuses a write for lack of room (IndexedDB or storage.local), told apart for the message. */
function isQuotaError(error: unknown): boolean {
  const text = `${(error as { name?: string })?.name ?? ''} ${String(error)}`;
  return /quota/i.test(text);
}

/** Keeps a course's draft in `storage.local`: of two tabs editing it, the later edit wins, whole. */
export async function keepDraft(draft: ReflectionDraft): Promise<ReflectionReply> {
  const key = draftKey(draft.courseKey);
  try {
    const stored = readDraft((await browser.storage.local.get(key))[key]);
    const next = laterDraft(stored, draft);
    if (next !== stored) await browser.storage.local.set({ [key]: next });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: isQuotaError(error) ? 'storage-full' : 'write-failed', detail: String(error) };
  }
}

export async function storedDraft(courseKey: string): Promise<ReflectionDraft | undefined> {
  const key = draftKey(courseKey);
  return readDraft((await browser.storage.local.get(key))[key]);
}

/**
 * Saves a draft as a reflection: the background gives it its id and time and links the course's sessions
 * since its last reflection; the row schema refuses an empty 学 or text over the limit. The draft is
 * dropped only once the row is written, so a full disk loses nothing.
 */
export async function saveDraftAsReflection(draft: ReflectionDraft, now: number): Promise<ReflectionReply> {
  let id: string;
  try {
    const last = await lastReflectionOfCourse(draft.courseKey);
    const since = last?.createdAt ?? 0;
    const sessions = await courseSessionsSince(draft.courseKey, since);
    const { sessionIds } = studySince(sessions, draft.courseKey, since, now);
    const row = draftToRow(draft, { id: crypto.randomUUID(), now, sessionIds });
    await saveReflection(row);
    id = row.id;
  } catch (error) {
    if (error instanceof ZodError) {
      const fields = [...new Set(error.issues.map((issue) => issue.path.join('.')))].join(', ');
      return { ok: false, error: 'invalid-reflection', detail: fields };
    }
    return { ok: false, error: isQuotaError(error) ? 'storage-full' : 'write-failed', detail: String(error) };
  }
  const key = draftKey(draft.courseKey);
  const stored = readDraft((await browser.storage.local.get(key))[key]);
  // A later edit made in another tab after this save stays as a draft.
  if (!stored || stored.editedAt <= draft.editedAt) await browser.storage.local.remove(key);
  await updateMemory((memory) => markSaved(memory, draft.courseKey));
  return { ok: true, id };
}
