import type { ReflectionRow } from '../schemas/rows';
import { localDate } from '../tracking/local-day';
import { CASE_SECTION_MAX, type CaseDraft } from './case-draft';

const cut = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);

/** Paragraphs joined by a blank line, empty ones left out. */
const joinParagraphs = (...parts: string[]) =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n\n');

/**
 * A case draft pre-filled from one reflection (docs/reflections.md "Case drafts"):
 * 背景 ← 学 (the point learned on the course, which the case starts from); 问题 ← 思 (what it connects to
 * or contradicts in the learner's own work); 做法 ← 用 (what they do with it for students), the AI tool
 * left for the learner to name; 成效 and 反思 are left empty: they can only be written after trying it.
 * The title is the first topic, else the lesson, else the course. Pure: time zone is a parameter.
 */
export function buildCaseDraft(row: ReflectionRow, timeZone: string): CaseDraft {
  const title = row.topics[0] ?? (row.lessonTitle.trim() || row.courseTitle);
  return {
    reflectionId: row.id,
    title: cut(title.trim(), 200),
    courseTitle: row.courseTitle,
    lessonTitle: row.lessonTitle,
    date: localDate(row.createdAt, timeZone),
    topics: [...row.topics],
    background: cut(joinParagraphs(row.learned), CASE_SECTION_MAX),
    problem: cut(joinParagraphs(row.thought), CASE_SECTION_MAX),
    practice: cut(joinParagraphs(row.apply), CASE_SECTION_MAX),
    aiTool: '',
    outcome: '',
    reflection: '',
  };
}
