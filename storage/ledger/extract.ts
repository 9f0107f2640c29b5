import type { LedgerExtract, LedgerPlan } from '@/storage/schemas/ledger';
import type { LedgerDigest, LedgerDigestPlan } from '@/storage/schemas/ledger-digest';
import { weekContaining } from '@/storage/tracking/weeks';
import { inertText } from './inert-text';

const PLAN_STATUSES = new Set(['on-track', 'behind', 'done', 'overdue', 'not-started', 'ended']);

/** A plan entry in the ledger's words, whichever of the field names a version 3 digest used. */
function toPlan(plan: LedgerDigestPlan, classHourMinutes: number): LedgerPlan {
  const perHour = plan.classHourMinutes ?? classHourMinutes;
  const required =
    plan.requiredMinutes ??
    (plan.requiredClassHours === undefined ? undefined : plan.requiredClassHours * perHour);
  const done = plan.doneMinutes ?? plan.trackedMinutes ?? plan.minutes;
  return {
    ...(plan.planId ? { planId: plan.planId } : {}),
    title: inertText(plan.name ?? plan.title ?? '', 200),
    ...(required === undefined ? {} : { requiredMinutes: required }),
    ...(done === undefined ? {} : { doneMinutes: done }),
    ...(plan.deadline ? { deadline: plan.deadline } : {}),
    ...(plan.status && PLAN_STATUSES.has(plan.status) ? { status: plan.status as LedgerPlan['status'] } : {}),
  };
}

/**
 * What the ledger keeps of a digest: one week's numbers, the cases, and who says they handed it in. The
 * same shape an LRS importer would fill (docs/ledger.md "Beyond one machine").
 */
export function extractDigest(
  digest: LedgerDigest,
  signature: LedgerExtract['signature'],
  classHourMinutes = 45,
): LedgerExtract {
  const cases = digest.reflections
    .filter((reflection) => reflection.isCase)
    .map((reflection) => ({
      createdAt: reflection.createdAt,
      courseTitle: inertText(reflection.courseTitle, 500),
      lessonTitle: inertText(reflection.lessonTitle, 500),
      topics: reflection.topics.map((topic) => inertText(topic, 50)),
      learned: inertText(reflection.learned, 5000),
    }));
  const learner = digest.learner;
  const identity = learner && {
    ...(learner.name ? { name: inertText(learner.name, 100) } : {}),
    ...(learner.staffNumber ? { staffNo: inertText(learner.staffNumber, 64) } : {}),
    ...(learner.unit ? { unit: inertText(learner.unit, 200) } : {}),
  };
  return {
    ...(identity && Object.keys(identity).length > 0 ? { learner: identity } : {}),
    week: {
      weekStart: weekContaining(digest.period.start).start,
      minutes: digest.totals.activeMinutes,
      manualMinutes: digest.totals.manualMinutes,
      daysStudied: digest.totals.daysStudied,
      goalMinutes: digest.goal.weeklyMinutes,
      reflectionCount: digest.reflections.length,
      caseCount: cases.length,
      plans: (digest.plans ?? []).slice(0, 20).map((plan) => toPlan(plan, classHourMinutes)),
      generatedAt: Date.parse(digest.generatedAt),
    },
    cases,
    signature,
  };
}
