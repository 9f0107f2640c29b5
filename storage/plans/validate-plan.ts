import {
  PLAN_ERROR_FIELD,
  type PlanError,
  type PlanErrorCode,
  type PlanInput,
  planErrorCodeOf,
  planInputSchema,
} from '../schemas/plan';
import { plansConflict } from './overlap';

/** What a plan is checked against besides its own fields. */
export interface PlanContext {
  /** The other stored plans (the edited plan itself is left out by id). */
  otherPlans: readonly (PlanInput & { id: string })[];
  /**
   * Every course key that has sessions. A chosen course missing here is refused, unless the plan being
   * edited already had it (a course deleted later is kept and shown with a note, see `missingCourses`).
   */
  knownCourseKeys?: ReadonlySet<string>;
  /** The stored version of the plan being edited, if any. */
  previous?: PlanInput;
}

export type PlanValidation = { ok: true; plan: PlanInput } | { ok: false; error: PlanError };

const refuse = (code: PlanErrorCode, detail?: string): PlanValidation => ({
  ok: false,
  error: { code, field: PLAN_ERROR_FIELD[code], ...(detail === undefined ? {} : { detail }) },
});

/** The first field zod found wrong, as a plan error code. */
function fieldCode(path: readonly PropertyKey[], message: string | undefined): PlanErrorCode {
  const field = String(path[0] ?? 'name');
  const fallback: PlanErrorCode =
    field === 'requiredClassHours'
      ? 'requiredZero'
      : field === 'creditedClassHours'
        ? 'credited'
        : field === 'counts' || field === 'countsTowardOthers'
          ? 'nothingCounts'
          : field in PLAN_ERROR_FIELD
            ? (field as PlanErrorCode)
            : 'name';
  return planErrorCodeOf(message, fallback);
}

/**
 * Checks a plan as the form and a restore do: its own fields first (in the order of the form), then a
 * chosen course that does not exist, then a conflict with another plan. Pure; nothing is written.
 */
export function validatePlan(input: unknown, context: PlanContext): PlanValidation {
  const parsed = planInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(fieldCode(issue?.path ?? [], issue?.message));
  }
  const plan = parsed.data;
  const { knownCourseKeys, previous } = context;
  if (knownCourseKeys) {
    const kept = new Set(previous?.counts.courseKeys ?? []);
    const unknown = plan.counts.courseKeys.find((key) => !knownCourseKeys.has(key) && !kept.has(key));
    if (unknown !== undefined) return refuse('unknownCourse', unknown);
  }
  const other = context.otherPlans.find((candidate) => plansConflict(plan, candidate));
  if (other) return refuse('overlap', other.name);
  return { ok: true, plan };
}

/** The plan's chosen courses that no longer have any session (deleted): shown with a note, never dropped. */
export function missingCourses(plan: PlanInput, knownCourseKeys: ReadonlySet<string>): string[] {
  return plan.counts.courseKeys.filter((key) => !knownCourseKeys.has(key));
}
