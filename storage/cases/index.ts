/*
 * Case drafts for the school's AI+学生工作 case library, built from reflections flagged as cases. The .docx
 * writer is not exported here: callers import `./write-case-docx` dynamically so `docx` loads on demand.
 */
export { buildCaseDraft } from './build-case-draft';
export { CASE_SECTIONS, type CaseDraft, type CaseSectionField, caseDraftSchema } from './case-draft';
export { caseFileName } from './case-file-name';
export { renderCaseMarkdown } from './render-case-markdown';
