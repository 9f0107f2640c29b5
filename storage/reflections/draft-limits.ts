import type { ReflectionDraft } from './draft';

/** The limit of each of 学 / 思 / 用 in characters, the row schema's (storage/schemas/rows.ts). */
export const TEXT_MAX = 5000;
export const TOPICS_MAX = 20;

/** An empty draft for a course (no zod here: the card's bundle imports this file). */
export function emptyDraft(
  course: { courseKey: string; courseTitle: string; lessonTitle: string },
  editedAt: number,
): ReflectionDraft {
  return {
    courseKey: course.courseKey,
    courseTitle: course.courseTitle,
    lessonTitle: course.lessonTitle,
    topics: [],
    learned: '',
    thought: '',
    apply: '',
    isCase: false,
    editedAt,
  };
}

/** Whether the learner typed anything worth keeping. */
export function isDraftEmpty(draft: ReflectionDraft): boolean {
  return (
    draft.topics.length === 0 &&
    !draft.learned.trim() &&
    !draft.thought.trim() &&
    !draft.apply.trim() &&
    draft.rating === undefined &&
    !draft.isCase
  );
}
