/** Training plans: the pure arithmetic and checks (docs/plans.md). The database side is storage/repositories/plans.ts. */
export { type AttributedPieces, attributePieces } from './attributed-pieces';
export { type BurnUpPoint, burnUp } from './burn-up';
export { ceilTenth, classHoursOf, floorTenth, msOfClassHours } from './class-hours';
export { classHoursNumber } from './class-hours-text';
export { countsToward, countsTowardMatcher } from './counts-toward';
export { planErrorMessage } from './error-message';
export { type PlanForecast, planForecast, RECENT_DAYS } from './forecast';
export { nearestPlan } from './nearest-plan';
export { periodsShareDays, plansConflict, rulesMayShare } from './overlap';
export { type PlanPace, planPace } from './pace';
export { type PlanTime, planTime, weeksOf } from './plan-days';
export {
  type PlanCourseProgress,
  type PlanProgress,
  type PlanProgressOptions,
  type PlanWeekProgress,
  planProgress,
  plansProgress,
} from './plan-progress';
export { type PlanStatus, planStatus } from './status';
export { missingCourses, type PlanContext, type PlanValidation, validatePlan } from './validate-plan';
