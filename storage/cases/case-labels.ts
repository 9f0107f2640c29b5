import { type Locale, translate } from '../i18n';
import { CASE_SECTIONS, type CaseDraft, type CaseSectionField } from './case-draft';

/** A document's labelled parts, in the locale's words: what both writers (Markdown, .docx) lay out. */
export interface CaseDocument {
  title: string;
  /** "label: value" lines under the title (course, lesson, date, topics); empty values left out. */
  facts: { label: string; value: string }[];
  sections: { field: CaseSectionField; heading: string; paragraphs: string[] }[];
  /** Shown in 做法 before its text. */
  aiTool: { label: string; value: string };
  /** Shown under an empty section, so the reader sees it is still to be written. */
  emptyText: string;
  footer: string;
}

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;

/** A section's text as paragraphs: one per non-blank line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The labelled parts of a draft, for a locale. */
export function caseDocument(draft: CaseDraft, locale: Locale): CaseDocument {
  const facts = [
    { label: translate(locale, 'case_course'), value: draft.courseTitle.trim() },
    { label: translate(locale, 'case_lesson'), value: draft.lessonTitle.trim() },
    { label: translate(locale, 'case_date'), value: draft.date },
    {
      label: translate(locale, 'case_topics'),
      value: draft.topics.join(translate(locale, 'case_topicSeparator')),
    },
  ].filter((fact) => fact.value !== '');
  return {
    title: draft.title.trim() || translate(locale, 'case_untitled'),
    facts,
    sections: CASE_SECTIONS.map(({ field, key }) => ({
      field,
      heading: translate(locale, key),
      paragraphs: paragraphsOf(draft[field]),
    })),
    aiTool: { label: translate(locale, 'case_aiTool'), value: draft.aiTool.trim() },
    emptyText: translate(locale, 'case_emptySection'),
    footer: translate(locale, 'case_footer'),
  };
}
