import type { PlatformRule } from '../schemas/platform-rule';
import { cleanTitle } from './clean-title';
import { readDocumentIds } from './document-ids';
import { studyKeys } from './study-keys';

export interface StudyTarget {
  /** `<platformId>:course:<id>` from the platform's ids, else `<platformId>:<course title>` (study-keys.ts). */
  courseKey: string;
  courseTitle: string;
  /** The lesson's id under its course key, else its title or the normalised URL (study-keys.ts). */
  lessonKey: string;
  lessonTitle: string;
}

/** The text of the first element matching a selector, or '' (a broken selector never throws). */
function selectText(doc: Document, selector: string | undefined): string {
  if (!selector) return '';
  try {
    return cleanTitle(doc.querySelector(selector)?.textContent ?? '');
  } catch {
    return '';
  }
}

function fromTitlePattern(title: string, pattern: string | undefined): string {
  if (!pattern) return '';
  try {
    return cleanTitle(new RegExp(pattern).exec(title)?.[1] ?? '');
  } catch {
    return '';
  }
}

/**
 * Names what is studied on a page (docs/architecture.md section 4): titles from the rule's selector, then its title
 * pattern, then document.title, then the hostname; keys from the platform's ids where it has them.
 * Reads titles and id attributes only, never page text.
 */
export function readStudyTarget(rule: PlatformRule, doc: Document, url: string): StudyTarget {
  const { hostname } = new URL(url);
  const pageTitle = cleanTitle(doc.title);
  const courseTitle =
    selectText(doc, rule.courseTitle?.selector) ||
    fromTitlePattern(pageTitle, rule.titlePattern) ||
    pageTitle ||
    hostname;
  const selectedLesson = selectText(doc, rule.lessonTitle?.selector);
  const lessonTitle = selectedLesson || pageTitle || hostname;
  const keys = studyKeys({
    ruleId: rule.id,
    url,
    courseTitle,
    lessonTitle,
    lessonTitleFromSelector: selectedLesson !== '',
    documentIds: readDocumentIds(rule.id, doc),
  });
  return { ...keys, courseTitle, lessonTitle };
}

/** Whether the platform's "are you still there" dialog is on screen. */
export function isAwayDialogShown(rule: PlatformRule, doc: Document): boolean {
  if (!rule.awayDialog) return false;
  try {
    const dialog = doc.querySelector<HTMLElement>(rule.awayDialog.selector);
    return dialog !== null && dialog.getClientRects().length > 0;
  } catch {
    return false;
  }
}
