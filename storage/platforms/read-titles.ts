import type { PlatformRule } from '../schemas/platform-rule';
import { cleanTitle } from './clean-title';

export interface StudyTarget {
  courseKey: string;
  courseTitle: string;
  /** The whole URL, fragment included: several platforms keep the lesson id after `#`. */
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
 * Names what is studied on a page (DESIGN.md section 4): the rule's selector, then its title pattern,
 * then document.title, then the hostname. Reads titles only, never page text.
 */
export function readStudyTarget(rule: PlatformRule, doc: Document, url: string): StudyTarget {
  const { hostname } = new URL(url);
  const pageTitle = cleanTitle(doc.title);
  const courseTitle =
    selectText(doc, rule.courseTitle?.selector) ||
    fromTitlePattern(pageTitle, rule.titlePattern) ||
    pageTitle ||
    hostname;
  const lessonTitle = selectText(doc, rule.lessonTitle?.selector) || pageTitle || hostname;
  return {
    courseKey: `${rule.id}:${courseTitle}`.slice(0, 2048),
    courseTitle,
    lessonKey: url.slice(0, 4096),
    lessonTitle,
  };
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
