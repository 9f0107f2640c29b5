import type { CaseDraft } from './case-draft';

/** Characters no file system takes in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}\u2028\u2029]+/gu;

/**
 * The download name of a case draft: `studytrail-case-<date>-<title>.<ext>`, the title cut to 40
 * characters with characters file systems refuse replaced, so two cases rarely share a name.
 */
export function caseFileName(draft: Pick<CaseDraft, 'date' | 'title'>, extension: 'md' | 'docx'): string {
  const title = [...draft.title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, 40)
    .join('')
    .trim();
  const stem = title === '' ? `studytrail-case-${draft.date}` : `studytrail-case-${draft.date}-${title}`;
  return `${stem.replace(/^\.+/, '')}.${extension}`;
}
