import type { CoursesActions } from '@/components/courses/courses-actions';
import { allCourseNames, clearCourseName, renameCourse } from '@/storage/repositories/course-names';
import { allSessions } from '@/storage/repositories/sessions';

/** The Courses view's actions on the real browser: the repositories in this extension origin. */
export function browserCoursesActions(): CoursesActions {
  return {
    load: async () => ({ sessions: await allSessions(), names: await allCourseNames() }),
    rename: (courseKey, title) => renameCourse(courseKey, title),
    clearName: clearCourseName,
  };
}
