import type { WeekActions } from '@/components/week/WeekView';
import type { YearActions } from '@/components/year/YearView';
import { courseIdOf } from '@/storage/digest/courses';
import { buildWeekStats } from '@/storage/digest/week-stats';
import { buildYearStats } from '@/storage/digest/year-stats';
import { allCourseNames } from '@/storage/repositories/course-names';
import { followedGoalMinutes } from '@/storage/repositories/plan-glance';
import { readWeekSource, readYearSessions } from '@/storage/repositories/stats-source';
import type { Settings } from '@/storage/schemas/settings';
import { dayBounds, resolveTimeZone } from '@/storage/tracking/local-day';

/**
 * The Week view's actions: the week's rows through the indexes, the digest builder on them, and the
 * address for another week. `settings` is read at each load, so a changed goal or zone shows at once.
 */
export function browserWeekActions(settings: () => Settings, now: () => number = Date.now): WeekActions {
  return {
    async load(week) {
      const current = settings();
      const timeZone = resolveTimeZone(current.timeZone);
      const [source, names] = await Promise.all([
        readWeekSource(dayBounds(week.start, timeZone).start, dayBounds(week.end, timeZone).end),
        allCourseNames(),
      ]);
      // The learner's display names (Courses view) by the digest's opaque course id.
      const courseNames = Object.fromEntries(names.map((row) => [courseIdOf(row.courseKey), row.title]));
      const stats = buildWeekStats(source, {
        start: week.start,
        end: week.end,
        timeZone,
        now: now(),
        // The weekly goal may follow a training plan's pace needed (setting goalFollowsPlan).
        weeklyGoalMinutes:
          (await followedGoalMinutes(current.goalFollowsPlan, now())) ?? current.weeklyGoalMinutes,
      });
      return { ...stats, courseNames };
    },
    showWeek(start) {
      location.hash = `#/week/${start}`;
    },
  };
}

/** The Year view's actions: one year's sessions through the `end` index and the digest builder on them. */
export function browserYearActions(settings: () => Settings, now: () => number = Date.now): YearActions {
  return {
    async load(year) {
      const current = settings();
      const timeZone = resolveTimeZone(current.timeZone);
      const sessions = await readYearSessions(
        year,
        dayBounds(`${year}-01-01`, timeZone).start,
        dayBounds(`${year}-12-31`, timeZone).end,
      );
      return buildYearStats(sessions, { year, timeZone, now: now() });
    },
    showYear(year) {
      location.hash = `#/year/${year}`;
    },
    openDay(date) {
      location.hash = `#/week/${date}`;
    },
  };
}
