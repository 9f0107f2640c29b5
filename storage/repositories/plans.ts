import { getDb } from '../db';
import { validatePlan } from '../plans/validate-plan';
import { type PlanError, type PlanRow, planRowSchema } from '../schemas/plan';

export type PlanSaveResult = { ok: true; plan: PlanRow } | { ok: false; error: PlanError };

/** Every plan, nearest deadline first (ties by name). */
export async function listPlans(): Promise<PlanRow[]> {
  const rows = await getDb().plans.orderBy('deadline').toArray();
  return rows.sort((a, b) =>
    a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.name.localeCompare(b.name),
  );
}

export async function getPlan(id: string): Promise<PlanRow | undefined> {
  return getDb().plans.get(id);
}

/** Every course key that has at least one session (from the `courseKey` index, without reading rows). */
export async function knownCourseKeys(): Promise<Set<string>> {
  const keys = await getDb().sessions.orderBy('courseKey').uniqueKeys();
  return new Set(keys.map(String));
}

/**
 * Adds a plan (`id` new) or replaces one (`id` stored), after the checks of `validatePlan` against the
 * other plans and the courses there are, in one transaction. A refusal writes nothing. `now` is ms since epoch.
 */
export async function savePlan(
  input: unknown,
  { id, now = Date.now() }: { id: string; now?: number },
): Promise<PlanSaveResult> {
  const db = getDb();
  return db.transaction('rw', db.plans, db.sessions, async () => {
    const previous = await db.plans.get(id);
    const otherPlans = (await db.plans.toArray()).filter((plan) => plan.id !== id);
    const courseKeys = new Set((await db.sessions.orderBy('courseKey').uniqueKeys()).map(String));
    const checked = validatePlan(input, { otherPlans, knownCourseKeys: courseKeys, previous });
    if (!checked.ok) return checked;
    const row = planRowSchema.parse({
      ...checked.plan,
      id,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
    await db.plans.put(row);
    return { ok: true as const, plan: row };
  });
}

/** Deletes a plan and returns it as it was, for an "undo" with {@link restorePlan}. Sessions are untouched. */
export async function deletePlan(id: string): Promise<PlanRow | undefined> {
  const db = getDb();
  return db.transaction('rw', db.plans, async () => {
    const old = await db.plans.get(id);
    if (old) await db.plans.delete(id);
    return old;
  });
}

/** Puts back a plan returned by {@link deletePlan}, unchanged (checked by the row schema). */
export async function restorePlan(row: PlanRow): Promise<void> {
  await getDb().plans.put(planRowSchema.parse(row));
}
