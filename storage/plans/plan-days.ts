import { addCalendarDays } from '../digest/calendar';
import { dayGrid } from '../digest/day-grid';
import type { PlanCounts } from '../schemas/plan';
import type { SessionRow } from '../schemas/rows';
import { type AttributedPieces, attributePieces, firstPieceAfter } from './attributed-pieces';
import { countsTowardMatcher } from './counts-toward';

/** A plan's period: local days in its time zone, start to deadline inclusive. */
export interface PlanPeriod {
  start: string;
  deadline: string;
  timeZone: string;
  counts: PlanCounts;
}

/** One course's share of a plan's time. */
export interface CourseMs {
  courseKey: string;
  title: string;
  platformId: string;
  ms: number;
}

/** The time counted toward a plan: per local day of its period and per course. */
export interface PlanTime {
  dates: string[];
  /** ms counted on each day of `dates` */
  dayMs: number[];
  /** Sorted by ms, most first. */
  courses: CourseMs[];
  /** The first ms of the period and the first ms after it (the deadline's next midnight). */
  bounds: { start: number; end: number };
}

/**
 * The minutes a plan counts: the union of all sessions cut into pieces attributed by the one clock's
 * priority (once, or given as `source` when several plans read the same sessions), the pieces of sessions
 * that count kept and cut at the period's local midnights (in the plan's zone, so DST days are 23 or 25
 * hours). So a minute counts once, and for the course the digest gives it; a plan counting every study has
 * the digest's total. Time at or after `until` (ms) is left out.
 */
export function planTime(
  period: PlanPeriod,
  source: readonly SessionRow[] | AttributedPieces,
  until = Number.POSITIVE_INFINITY,
): PlanTime {
  const grid = dayGrid(period.start, period.deadline, period.timeZone);
  const from = grid.starts[0] ?? 0;
  // Nothing after `until` counts yet: a progress "as of" a moment (a past week's digest) ignores later study.
  const to = Math.min(grid.starts[grid.dates.length] ?? 0, Math.max(from, until));
  const pieces = Array.isArray(source) ? attributePieces(source, from, to) : (source as AttributedPieces);
  const counts = countsTowardMatcher(period.counts);
  const dayMs = new Array<number>(grid.dates.length).fill(0);
  const courses = new Map<string, CourseMs>();
  const { starts } = grid;
  let day = 0;
  let course: CourseMs | undefined;
  for (let i = firstPieceAfter(pieces, from); i < pieces.end.length; i++) {
    const session = pieces.session[i] as SessionRow;
    let at = Math.max(pieces.start[i] ?? 0, from);
    const end = Math.min(pieces.end[i] ?? 0, to);
    if (at >= to) break;
    if (end <= at || !counts(session)) continue;
    // Consecutive pieces are mostly of one course: look it up only when it changes.
    if (course?.courseKey !== session.courseKey) {
      course = courses.get(session.courseKey);
      if (!course) {
        course = { ...pick(session), ms: 0 };
        courses.set(session.courseKey, course);
      }
    }
    course.ms += end - at;
    // Pieces come in time order, so the latest session's title wins, as in the digest.
    course.title = session.courseTitle;
    // Pieces ascend, so the day only moves forward.
    while ((starts[day + 1] ?? Number.POSITIVE_INFINITY) <= at) day++;
    while (at < end) {
      const pieceEnd = Math.min(end, starts[day + 1] ?? end);
      dayMs[day] = (dayMs[day] ?? 0) + (pieceEnd - at);
      at = pieceEnd;
      if (at === starts[day + 1]) day++;
    }
  }
  const sorted = [...courses.values()].sort(
    (a, b) => b.ms - a.ms || (a.courseKey < b.courseKey ? -1 : a.courseKey > b.courseKey ? 1 : 0),
  );
  return { dates: grid.dates, dayMs, courses: sorted, bounds: { start: from, end: to } };
}

const pick = (s: SessionRow) => ({ courseKey: s.courseKey, title: s.courseTitle, platformId: s.platformId });

/**
 * The Monday-to-Sunday weeks a run of consecutive days falls in, each with the days' ms summed (days
 * outside the run count nothing). Weekdays by arithmetic: 1970-01-01 was a Thursday.
 */
export function weeksOf(
  dates: readonly string[],
  dayMs: readonly number[],
): { start: string; end: string; ms: number }[] {
  const first = dates[0];
  if (first === undefined) return [];
  let weekday = (Date.parse(`${first}T00:00:00Z`) / 86_400_000 + 3) % 7;
  let monday = addCalendarDays(first, -weekday);
  let week = { start: monday, end: addCalendarDays(monday, 6), ms: 0 };
  const weeks = [week];
  for (let i = 0; i < dates.length; i++, weekday++) {
    if (weekday === 7) {
      weekday = 0;
      monday = addCalendarDays(monday, 7);
      week = { start: monday, end: addCalendarDays(monday, 6), ms: 0 };
      weeks.push(week);
    }
    week.ms += dayMs[i] ?? 0;
  }
  return weeks;
}
