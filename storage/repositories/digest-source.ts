import { getDb } from '../db';
import type { PlanRow } from '../schemas/plan';
import type { ReflectionRow, SessionRow } from '../schemas/rows';
import { dayBounds } from '../tracking/local-day';
import { sessionsBetween } from './sessions';

/** How far back the digest reads so streaks that began before the period are whole. */
const STREAK_LOOKBACK_MS = 366 * 24 * 3_600_000;

/**
 * The rows a digest of [from, to) needs: its sessions and reflections, a year before for streaks, and the
 * training plans whose days meet the period, with every session since the earliest of them began.
 */
export async function readDigestSource(
  from: number,
  to: number,
): Promise<{ sessions: SessionRow[]; reflections: ReflectionRow[]; plans: PlanRow[] }> {
  const db = getDb();
  const plans = (await db.plans.toArray()).filter(
    (plan) =>
      dayBounds(plan.start, plan.timeZone).start < to && dayBounds(plan.deadline, plan.timeZone).end > from,
  );
  const earliest = Math.min(
    from - STREAK_LOOKBACK_MS,
    ...plans.map((plan) => dayBounds(plan.start, plan.timeZone).start),
  );
  const [sessions, reflections] = await Promise.all([
    sessionsBetween(earliest, to),
    db.reflections.where('createdAt').between(from, to, true, false).toArray(),
  ]);
  return { sessions, reflections, plans };
}
