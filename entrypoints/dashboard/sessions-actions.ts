import type { SessionsActions } from '@/components/sessions/sessions-actions';
import { courseSummaries } from '@/storage/courses/course-summaries';
import { allCourseNames } from '@/storage/repositories/course-names';
import {
  addManualSession,
  allSessions,
  deleteSession,
  restoreSession,
  sessionsBetween,
  updateManualSession,
} from '@/storage/repositories/sessions';

/** The Sessions view's actions on the real browser: the repositories in this extension origin. */
export function browserSessionsActions(): SessionsActions {
  return {
    load: async (from, to) => ({ sessions: await sessionsBetween(from, to), names: await allCourseNames() }),
    courseChoices: async () => {
      const courses = courseSummaries(await allSessions(), await allCourseNames());
      // Most recently studied first: the course of an offline lecture is usually one studied lately.
      return courses
        .sort((a, b) => b.last - a.last)
        .map(({ courseKey, title, platformId }) => ({ courseKey, title, platformId }));
    },
    remove: deleteSession,
    restore: restoreSession,
    addManual: addManualSession,
    updateManual: updateManualSession,
    newId: () => `manual-${crypto.randomUUID()}`,
    now: () => Date.now(),
  };
}
