import type { DigestCourse } from '../schemas/digest';
import type { SessionRow } from '../schemas/rows';
import { toMinutes } from './minutes';

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
 * session's title wins (`sessions` are sorted by start). Sorted by minutes, most first.
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
    courseKey: course.key,
    title: course.title,
    platformId: course.platformId,
    minutes: toMinutes(course.ms),
    lessons: [...course.lessons.values()].sort(byMsThenTitle).map((lesson) => ({
      lessonKey: lesson.key,
      title: lesson.title,
      minutes: toMinutes(lesson.ms),
    })),
  }));
}
