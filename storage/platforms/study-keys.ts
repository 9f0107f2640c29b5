import { normalizeLessonUrl } from './normalize-url';
import { hasUrlShape, identifyUrl, type UrlIdentity } from './url-identity';

/** The heartbeat's limits on keys (storage/schemas/messages.ts). */
export const MAX_COURSE_KEY = 2048;
export const MAX_LESSON_KEY = 4096;

export interface KeyInputs {
  /** The platform rule's id: a preset id (`chaoxing`…) or a user rule's `user-…`. */
  ruleId: string;
  url: string;
  /** Already cleaned titles (clean-title.ts). */
  courseTitle: string;
  lessonTitle: string;
  /** Whether the lesson title came from the rule's lesson selector (not document.title or the host). */
  lessonTitleFromSelector: boolean;
  /** Ids the page keeps outside its URL (document-ids.ts); they are more current than the URL. */
  documentIds?: UrlIdentity;
}

export interface StudyKeys {
  courseKey: string;
  lessonKey: string;
}

/** The key of a course the platform names by id. */
export function idCourseKey(ruleId: string, courseId: string): string {
  return `${ruleId}:course:${courseId}`.slice(0, MAX_COURSE_KEY);
}

/** The key of a lesson the platform names by id, under its course. */
export function idLessonKey(courseKey: string, lessonId: string): string {
  return `${courseKey}/lesson:${lessonId}`.slice(0, MAX_LESSON_KEY);
}

/**
 * The keys that group study time (docs/tracking.md "Course and lesson keys"). Course: the platform's
 * course id (page, then URL) as `<platformId>:course:<id>`, else the title as `<platformId>:<title>`.
 * Lesson, under its course key: the platform's lesson id (`…/lesson:<id>`), else for a built-in
 * platform the lesson title read by its selector (`…/title:<title>`), else the normalised URL.
 */
export function studyKeys(inputs: KeyInputs): StudyKeys {
  const fromUrl = identifyUrl(inputs.ruleId, inputs.url);
  const courseId = inputs.documentIds?.courseId ?? fromUrl.courseId;
  const lessonId = inputs.documentIds?.lessonId ?? fromUrl.lessonId;
  const courseKey = courseId
    ? idCourseKey(inputs.ruleId, courseId)
    : `${inputs.ruleId}:${inputs.courseTitle}`.slice(0, MAX_COURSE_KEY);
  let lessonKey: string;
  if (lessonId) lessonKey = idLessonKey(courseKey, lessonId);
  else if (hasUrlShape(inputs.ruleId) && inputs.lessonTitleFromSelector && inputs.lessonTitle) {
    lessonKey = `${courseKey}/title:${inputs.lessonTitle}`;
  } else lessonKey = normalizeLessonUrl(inputs.url) || courseKey;
  return { courseKey, lessonKey: lessonKey.slice(0, MAX_LESSON_KEY) };
}
