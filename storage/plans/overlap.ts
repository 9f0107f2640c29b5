import type { PlanCounts, PlanInput } from '../schemas/plan';

/** The platform id a course key starts with (`enaea:course:1` → `enaea`; `manual:…` → `manual`). */
const platformOfKey = (courseKey: string) => courseKey.slice(0, Math.max(0, courseKey.indexOf(':')));

/**
 * Whether two rules could ever count the same session: decided on the rules, not on today's sessions,
 * because tomorrow's study must not start counting twice either.
 */
export function rulesMayShare(a: PlanCounts, b: PlanCounts): boolean {
  if (a.all || b.all) return true;
  if (a.manual && b.manual) return true;
  const coursesOf = (c: PlanCounts) => new Set(c.courseKeys);
  const platformsOf = (c: PlanCounts) => new Set(c.platformIds);
  const [coursesA, coursesB, platformsA, platformsB] = [
    coursesOf(a),
    coursesOf(b),
    platformsOf(a),
    platformsOf(b),
  ];
  const shared = (keys: Set<string>, other: Set<string>) => [...keys].some((key) => other.has(key));
  if (shared(coursesA, coursesB) || shared(platformsA, platformsB)) return true;
  // A chosen course on a platform the other plan takes whole; a manual kind when the other takes all manual.
  const coursesIn = (courses: Set<string>, platforms: Set<string>, manual: boolean) =>
    [...courses].some((key) => platforms.has(platformOfKey(key)) || (manual && key.startsWith('manual:')));
  return coursesIn(coursesA, platformsB, b.manual) || coursesIn(coursesB, platformsA, a.manual);
}

/** Whether two plans' periods share at least one local day (dates compare as text: `YYYY-MM-DD`). */
export function periodsShareDays(
  a: Pick<PlanInput, 'start' | 'deadline'>,
  b: Pick<PlanInput, 'start' | 'deadline'>,
) {
  return a.start <= b.deadline && b.start <= a.deadline;
}

/**
 * Whether two plans would count the same minutes twice without both allowing it: their periods meet,
 * their rules may match the same session, and at least one of them keeps its minutes to itself.
 */
export function plansConflict(a: PlanInput, b: PlanInput): boolean {
  if (a.countsTowardOthers && b.countsTowardOthers) return false;
  return periodsShareDays(a, b) && rulesMayShare(a.counts, b.counts);
}
