import { z } from '../schemas/zod';

/**
 * What the trigger remembers between events, kept in `storage.local` so a stopped service worker (or a
 * restarted browser) forgets no snooze, no "not today" and no card already shown today.
 */
export const promptMemorySchema = z.object({
  /** Local day (`YYYY-MM-DD`) that `shownToday` and `notToday` belong to. */
  day: z.string().max(10).catch(''),
  shownToday: z.number().int().min(0).catch(0),
  /** Course keys the learner asked not to be prompted for again today. */
  notToday: z.array(z.string().max(2048)).max(200).catch([]),
  /** Course key → ms since epoch until which "later" holds the card. */
  snoozedUntil: z.record(z.string(), z.number()).catch({}),
  /** Courses left at a break (tab closed, another course): offered on the next platform page. */
  leftCourses: z.array(z.string().max(2048)).max(50).catch([]),
});
export type PromptMemory = z.infer<typeof promptMemorySchema>;

export const EMPTY_MEMORY: PromptMemory = {
  day: '',
  shownToday: 0,
  notToday: [],
  snoozedUntil: {},
  leftCourses: [],
};

/** Reads stored memory leniently: anything unreadable falls back to an empty memory, field by field. */
export function readPromptMemory(stored: unknown): PromptMemory {
  const parsed = promptMemorySchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : EMPTY_MEMORY;
}

/** The memory as of `today`: a new day starts with no card shown and no "not today". */
function onDay(memory: PromptMemory, today: string): PromptMemory {
  return memory.day === today ? memory : { ...memory, day: today, shownToday: 0, notToday: [] };
}

/** A card was put on screen for a course. */
export function markShown(memory: PromptMemory, courseKey: string, today: string): PromptMemory {
  const current = onDay(memory, today);
  return {
    ...current,
    shownToday: current.shownToday + 1,
    leftCourses: current.leftCourses.filter((key) => key !== courseKey),
  };
}

/** "Later" (or the card closed unanswered): hold the card for that course `snoozeMinutes`. */
export function markSnoozed(memory: PromptMemory, courseKey: string, until: number): PromptMemory {
  return { ...memory, snoozedUntil: { ...pruneSnoozes(memory.snoozedUntil, until), [courseKey]: until } };
}

/** "Not today for this course". */
export function markNotToday(memory: PromptMemory, courseKey: string, today: string): PromptMemory {
  const current = onDay(memory, today);
  if (current.notToday.includes(courseKey)) return current;
  return { ...current, notToday: [...current.notToday, courseKey] };
}

/** The learner left a course at a break: remember to offer it on the next platform page. */
export function markLeft(memory: PromptMemory, courseKey: string): PromptMemory {
  if (memory.leftCourses.includes(courseKey)) return memory;
  return { ...memory, leftCourses: [...memory.leftCourses, courseKey].slice(-50) };
}

/** A reflection was saved: nothing is pending for that course any more. */
export function markSaved(memory: PromptMemory, courseKey: string): PromptMemory {
  const { [courseKey]: _, ...snoozedUntil } = memory.snoozedUntil;
  return { ...memory, snoozedUntil, leftCourses: memory.leftCourses.filter((key) => key !== courseKey) };
}

/** Drops snoozes that have run out, so the record never grows without bound. */
function pruneSnoozes(snoozes: Record<string, number>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(snoozes).filter(([, until]) => until > now - 86_400_000));
}
