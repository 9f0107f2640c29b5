import type { PlanCounts } from '../schemas/plan';
import type { SessionRow } from '../schemas/rows';

/** Whether a session's time counts toward a plan with these rules (any rule that matches is enough). */
export function countsToward(
  counts: PlanCounts,
  session: Pick<SessionRow, 'courseKey' | 'platformId' | 'kind'>,
): boolean {
  return (
    counts.all ||
    (counts.manual && session.kind === 'manual') ||
    counts.courseKeys.includes(session.courseKey) ||
    counts.platformIds.includes(session.platformId)
  );
}

/** A matcher for many sessions: the chosen keys in sets, checked once per session. */
export function countsTowardMatcher(
  counts: PlanCounts,
): (session: Pick<SessionRow, 'courseKey' | 'platformId' | 'kind'>) => boolean {
  if (counts.all) return () => true;
  const courses = new Set(counts.courseKeys);
  const platforms = new Set(counts.platformIds);
  return (session) =>
    (counts.manual && session.kind === 'manual') ||
    courses.has(session.courseKey) ||
    platforms.has(session.platformId);
}
