import { attributedMs } from '../digest/pieces';
import type { CourseNameRow } from '../schemas/course-name';
import type { SessionRow } from '../schemas/rows';

/** One course as the Courses view lists it. */
export interface CourseSummary {
  courseKey: string;
  /** What is shown: the learner's display name if given, else the latest session's title. */
  title: string;
  /** The latest title the platform (or a manual entry) gave the course. */
  platformTitle: string;
  renamed: boolean;
  platformId: string;
  /** Distinct lessons studied (sessions without a lesson, such as manual time, count none). */
  lessons: number;
  sessions: number;
  /** The course's share of the union of all sessions (ms): overlaps count once, for one course. */
  ms: number;
  /** The part of `ms` entered by hand. */
  manualMs: number;
  /** ms since epoch: start of the first session */
  first: number;
  /** ms since epoch: end of the last session */
  last: number;
}

/**
 * Every course with its time and counts. Time is attributed from the union of all sessions by the digest's
 * priority (storage/digest/pieces.ts), so the courses add up to the total and an overlap between a tracked
 * and a manual session, or two tabs, never counts twice.
 */
export function courseSummaries(
  sessions: readonly SessionRow[],
  names: readonly CourseNameRow[],
): CourseSummary[] {
  const sorted = sessions.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const ms = attributedMs(sorted);
  const renamed = new Map(names.map((row) => [row.courseKey, row.title]));
  const courses = new Map<string, CourseSummary & { lessonKeys: Set<string> }>();
  sorted.forEach((session, i) => {
    let course = courses.get(session.courseKey);
    if (!course) {
      course = {
        courseKey: session.courseKey,
        title: '',
        platformTitle: '',
        renamed: false,
        platformId: session.platformId,
        lessons: 0,
        sessions: 0,
        ms: 0,
        manualMs: 0,
        first: session.start,
        last: session.end,
        lessonKeys: new Set(),
      };
      courses.set(session.courseKey, course);
    }
    // Sorted by start: the latest session's title and platform win, as in the digest.
    course.platformTitle = session.courseTitle;
    if (session.kind !== 'manual') course.platformId = session.platformId;
    course.sessions += 1;
    course.ms += ms[i] ?? 0;
    if (session.kind === 'manual') course.manualMs += ms[i] ?? 0;
    course.last = Math.max(course.last, session.end);
    if (session.lessonKey !== '') course.lessonKeys.add(session.lessonKey);
  });
  return [...courses.values()].map(({ lessonKeys, ...course }) => {
    const name = renamed.get(course.courseKey);
    const fallback = course.platformTitle.trim() === '' ? course.courseKey : course.platformTitle;
    return { ...course, lessons: lessonKeys.size, renamed: name !== undefined, title: name ?? fallback };
  });
}
