import { z } from '../schemas/zod';

/** Longest text of one section: a reflection field is at most 5000, and a section may join two. */
export const CASE_SECTION_MAX = 12_000;

const text = (max: number) => z.string().max(max);

/**
 * A case draft for the school's AI+学生工作 case library, edited by the learner before export. Built from
 * one reflection (build-case-draft.ts); every field is plain text the learner may change.
 */
export const caseDraftSchema = z.object({
  /** The reflection it was built from. */
  reflectionId: z.string().min(1).max(64),
  title: text(200),
  courseTitle: text(500),
  lessonTitle: text(500),
  /** Local day the reflection was written, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  topics: z.array(z.string().max(50)).max(20),
  /** 背景 */
  background: text(CASE_SECTION_MAX),
  /** 问题 */
  problem: text(CASE_SECTION_MAX),
  /** 做法 */
  practice: text(CASE_SECTION_MAX),
  /** The AI tool used in the practice (做法), named by the learner. */
  aiTool: text(200),
  /** 成效 */
  outcome: text(CASE_SECTION_MAX),
  /** 反思 */
  reflection: text(CASE_SECTION_MAX),
});
export type CaseDraft = z.infer<typeof caseDraftSchema>;

/** The sections of a case write-up, in order, with the draft field each one shows. */
export const CASE_SECTIONS = [
  { field: 'background', key: 'case_background' },
  { field: 'problem', key: 'case_problem' },
  { field: 'practice', key: 'case_practice' },
  { field: 'outcome', key: 'case_outcome' },
  { field: 'reflection', key: 'case_reflection' },
] as const;
export type CaseSectionField = (typeof CASE_SECTIONS)[number]['field'];
