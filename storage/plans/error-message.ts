import { type Locale, type MessageKey, translate } from '../i18n';
import type { PlanError, PlanErrorCode } from '../schemas/plan';

const KEYS: Record<PlanErrorCode, MessageKey> = {
  name: 'plan_error_name',
  organiser: 'plan_error_organiser',
  start: 'plan_error_start',
  deadline: 'plan_error_deadline',
  deadlineBeforeStart: 'plan_error_deadlineBeforeStart',
  tooLong: 'plan_error_tooLong',
  requiredZero: 'plan_error_requiredZero',
  requiredTooMany: 'plan_error_requiredTooMany',
  classHourMinutes: 'plan_error_classHourMinutes',
  nothingCounts: 'plan_error_nothingCounts',
  unknownCourse: 'plan_error_unknownCourse',
  overlap: 'plan_error_overlap',
  credited: 'plan_error_credited',
  timeZone: 'plan_error_timeZone',
};

/** Why a plan was refused and what to do, in the learner's language (`$1` is the error's detail). */
export function planErrorMessage(error: PlanError, locale: Locale): string {
  return translate(locale, KEYS[error.code], error.detail ?? '');
}
