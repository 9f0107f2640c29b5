import type { DigestCourse } from '../schemas/digest';
import type { SessionRow } from '../schemas/rows';
import { toMinutes } from './minutes';
import { stableHex } from './stable-id';
import { withoutUrls } from './without-urls';

/**
 * The opaque id a digest shows for a stored course key: stable (the same key gives the same id in every
 * week's digest, so a ledger can follow a course) but not the key, which can be a URL with the learner's
 * ids or tokens in its query.
 */
export const courseIdOf = (courseKey: string) => stableHex(`course\u0000${courseKey}`, 2);
/** The opaque id of a lesson within its course (see {@link courseIdOf}). */
export const lessonIdOf = (courseKey: string, lessonKey: string) =>
  stableHex(`lesson\u0000${courseKey}\u0000${lessonKey}`, 2);

interface Tally {
  key: string;
  title: string;
  ms: number;
}

interface CourseTally extends Tally {
  platformId: string;
  lessons: Map<string, Tally>;
}

const byMsThenTitle = (a: Tally, b: Tally) =>
  b.ms - a.ms || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.key < b.key ? -1 : 1);

/**
 * Minutes per course and per lesson from each session's attributed ms (`ms[i]` for `sessions[i]`), so
 * they add up to the total and an overlap counts for one course only. Titles drift, so the latest
 * session's title wins (`sessions` are sorted by start). Sorted by minutes, most first. Keys become
 * opaque ids and URL-like text in titles is cut: the digest leaves the machine.
 */
export function tallyCourses(sessions: readonly SessionRow[], ms: readonly number[]): DigestCourse[] {
  const courses = new Map<string, CourseTally>();
  sessions.forEach((session, i) => {
    const attributed = ms[i] ?? 0;
    if (attributed <= 0) return;
    let course = courses.get(session.courseKey);
    if (!course) {
      course = { key: session.courseKey, title: '', platformId: '', ms: 0, lessons: new Map() };
      courses.set(session.courseKey, course);
    }
    course.title = session.courseTitle;
    course.platformId = session.platformId;
    course.ms += attributed;
    let lesson = course.lessons.get(session.lessonKey);
    if (!lesson) {
      lesson = { key: session.lessonKey, title: '', ms: 0 };
      course.lessons.set(session.lessonKey, lesson);
    }
    lesson.title = session.lessonTitle;
    lesson.ms += attributed;
  });
  return [...courses.values()].sort(byMsThenTitle).map((course) => ({
    courseId: courseIdOf(course.key),
    title: withoutUrls(course.title),
    platformId: course.platformId,
    minutes: toMinutes(course.ms),
    lessons: [...course.lessons.values()].sort(byMsThenTitle).map((lesson) => ({
      lessonId: lessonIdOf(course.key, lesson.key),
      title: withoutUrls(lesson.title),
      minutes: toMinutes(lesson.ms),
    })),
  }));
}
