import type { UrlIdentity } from './url-identity';

const ID = /^[A-Za-z0-9_.~-]{1,128}$/;

/** An attribute (never text) of the first element matching a selector, when it is an id. */
function attribute(doc: Document, selector: string, name: string): string | undefined {
  try {
    const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
    return value && ID.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The current value of an input (the property a page script sets, not the initial attribute), when it is an id. */
function inputValue(doc: Document, selector: string): string | undefined {
  try {
    const value = doc.querySelector<HTMLInputElement>(selector)?.value?.trim();
    return value && ID.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Ids a platform keeps in its page rather than its URL, for built-in rule ids; {} otherwise. Reads ids
 * only (a hidden input's value, a `data-id` attribute), never page text.
 */
export function readDocumentIds(ruleId: string, doc: Document): UrlIdentity {
  let found: UrlIdentity = {};
  if (ruleId === 'chaoxing') {
    // A lesson change replaces #mainid without a reload, so the URL's chapterId goes stale; the top
    // document's hidden inputs #curCourseId / #curChapterId follow it. Source: public 超星 userscripts
    // (e.g. OCS) read the same inputs to find the current chapter.
    found = {
      courseId: inputValue(doc, 'input#curCourseId'),
      lessonId: inputValue(doc, 'input#curChapterId'),
    };
  } else if (ruleId === 'enaea') {
    // The lesson list: li.cvtb-MCK-course-content[data-id], the current one marked .current.
    found = { lessonId: attribute(doc, 'li.cvtb-MCK-course-content.current', 'data-id') };
  }
  return {
    ...(found.courseId && { courseId: found.courseId }),
    ...(found.lessonId && { lessonId: found.lessonId }),
  };
}
