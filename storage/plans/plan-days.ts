import { addCalendarDays } from '../digest/calendar';
import { dayGrid } from '../digest/day-grid';
import { forEachAttributedPiece } from '../digest/pieces';
import type { PlanCounts } from '../schemas/plan';
import type { SessionRow } from '../schemas/rows';
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

/** The index of the last grid start at or before `at` (starts ascending). */
function dayIndex(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

const byStartThenId = (a: SessionRow, b: SessionRow) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The minutes a plan counts: all sessions are cut to the period (midnights in the plan's zone, so DST
 * days are 23 or 25 hours), their union is cut into pieces attributed by the one clock's priority, and
 * the pieces of sessions that count are kept. So a minute counts once, and for the course the digest
 * gives it; a plan counting every study has the digest's total. Time at or after `until` (ms) is left out.
 */
export function planTime(
  period: PlanPeriod,
  sessions: readonly SessionRow[],
  until = Number.POSITIVE_INFINITY,
): PlanTime {
  const grid = dayGrid(period.start, period.deadline, period.timeZone);
  const from = grid.starts[0] ?? 0;
  // Nothing after `until` counts yet: a progress "as of" a moment (a past week's digest) ignores later study.
  const to = Math.min(grid.starts[grid.dates.length] ?? 0, Math.max(from, until));
  const inPeriod: SessionRow[] = [];
  for (const s of sessions) {
    if (s.end <= from || s.start >= to || s.end <= s.start) continue;
    const inside = s.start >= from && s.end <= to;
    inPeriod.push(inside ? s : { ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) });
  }
  inPeriod.sort(byStartThenId);
  const counts = countsTowardMatcher(period.counts);
  const counted = inPeriod.map(counts);
  const dayMs = new Array<number>(grid.dates.length).fill(0);
  const courses = new Map<string, CourseMs>();
  forEachAttributedPiece(inPeriod, (index, start, end) => {
    const session = inPeriod[index];
    if (!session || !counted[index]) return;
    const course = courses.get(session.courseKey) ?? { ...pick(session), ms: 0 };
    course.ms += end - start;
    // Sorted by start, so the latest session's title wins, as in the digest.
    course.title = session.courseTitle;
    courses.set(session.courseKey, course);
    let at = start;
    let day = dayIndex(grid.starts, at);
    while (at < end) {
      const dayEnd = grid.starts[day + 1] ?? end;
      const pieceEnd = Math.min(end, dayEnd);
      dayMs[day] = (dayMs[day] ?? 0) + (pieceEnd - at);
      at = pieceEnd;
      day++;
    }
  });
  const sorted = [...courses.values()].sort(
    (a, b) => b.ms - a.ms || (a.courseKey < b.courseKey ? -1 : a.courseKey > b.courseKey ? 1 : 0),
  );
  return { dates: grid.dates, dayMs, courses: sorted, bounds: { start: from, end: to } };
}

const pick = (s: SessionRow) => ({ courseKey: s.courseKey, title: s.courseTitle, platformId: s.platformId });

/** The Monday-to-Sunday weeks a run of days falls in, each with the days' ms summed (days clipped to the run). */
export function weeksOf(
  dates: readonly string[],
  dayMs: readonly number[],
): { start: string; end: string; ms: number }[] {
  const weeks: { start: string; end: string; ms: number }[] = [];
  dates.forEach((date, i) => {
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = addCalendarDays(date, -weekday);
    const last = weeks.at(-1);
    if (last && last.start === monday) last.ms += dayMs[i] ?? 0;
    else weeks.push({ start: monday, end: addCalendarDays(monday, 6), ms: dayMs[i] ?? 0 });
  });
  return weeks;
}
