import { browser } from '#imports';
import { planSummary } from '@/components/plans/plan-summary';
import type { PlansActions } from '@/components/plans/plans-actions';
import { courseSummaries } from '@/storage/courses/course-summaries';
import { resolveLocale } from '@/storage/i18n';
import { missingCourses, type PlanProgress, planProgress, plansProgress } from '@/storage/plans';
import { buildCompletionRecord } from '@/storage/plans-record/build-record';
import { renderCompletionRecord } from '@/storage/plans-record/render-record';
import { PRESETS } from '@/storage/platforms/presets';
import { allCourseNames } from '@/storage/repositories/course-names';
import {
  deletePlan,
  getPlan,
  knownCourseKeys,
  listPlans,
  restorePlan,
  savePlan,
} from '@/storage/repositories/plans';
import { reflectionsBetween } from '@/storage/repositories/reflections';
import { allSessions, sessionsBetween } from '@/storage/repositories/sessions';
import type { PlanRow } from '@/storage/schemas/plan';
import type { Settings } from '@/storage/schemas/settings';
import { dayBounds } from '@/storage/tracking/local-day';
import { downloadBlob } from './download-file';

/** The sessions that may count toward a plan: those overlapping its period, read through the `end` index. */
const periodSessions = (plan: PlanRow) =>
  sessionsBetween(dayBounds(plan.start, plan.timeZone).start, dayBounds(plan.deadline, plan.timeZone).end);

/** The Plans view's actions on the real browser: the plans repository and plans-core's arithmetic. */
export function browserPlansActions(settings: Settings, now: () => number = Date.now): PlansActions {
  // The browser's language is asked only when the setting leaves it to the browser.
  const locale = () =>
    settings.locale === 'auto' ? resolveLocale('auto', browser.i18n.getUILanguage()) : settings.locale;
  const progressOf = async (plan: PlanRow) => {
    const [sessions, names] = await Promise.all([periodSessions(plan), allCourseNames()]);
    const courseNames = new Map(names.map((row) => [row.courseKey, row.title]));
    return { sessions, progress: planProgress(plan, sessions, { now: now(), courseNames }) };
  };
  return {
    async load() {
      const [plans, known, names] = await Promise.all([listPlans(), knownCourseKeys(), allCourseNames()]);
      if (plans.length === 0) return [];
      const courseNames = new Map(names.map((row) => [row.courseKey, row.title]));
      // A deleted course is named by the learner's display name when it had one, else by its key.
      const label = (key: string) => courseNames.get(key) ?? key.replace(/^manual:/, '');
      // One read of the sessions every plan's period meets, cut into attributed pieces once for all plans.
      const sessions = await sessionsBetween(
        Math.min(...plans.map((plan) => dayBounds(plan.start, plan.timeZone).start)),
        Math.max(...plans.map((plan) => dayBounds(plan.deadline, plan.timeZone).end)),
      );
      const progress = plansProgress(plans, sessions, { now: now(), courseNames });
      return plans.map((plan, i) =>
        planSummary(plan, progress[i] as PlanProgress, missingCourses(plan, known).map(label)),
      );
    },
    plan: getPlan,
    async choices() {
      const [sessions, names] = await Promise.all([allSessions(), allCourseNames()]);
      const courses = courseSummaries(sessions, names)
        .map((course) => ({ value: course.courseKey, label: course.title }))
        .sort((a, b) => a.label.localeCompare(b.label));
      const platforms = [...PRESETS, ...settings.customRules].map((rule) => ({
        value: rule.id,
        label: rule.name,
      }));
      return { courses, platforms };
    },
    async save(input, id) {
      const result = await savePlan(input, { id: id ?? crypto.randomUUID(), now: now() });
      return result.ok ? null : result.error;
    },
    remove: deletePlan,
    restore: restorePlan,
    async record(id) {
      const plan = await getPlan(id);
      if (!plan) throw new Error(`No plan ${id}`);
      const { sessions, progress } = await progressOf(plan);
      const bounds = [
        dayBounds(plan.start, plan.timeZone).start,
        dayBounds(plan.deadline, plan.timeZone).end,
      ] as const;
      const reflections = await reflectionsBetween(...bounds);
      const record = buildCompletionRecord(plan, progress, { sessions, reflections, settings, now: now() });
      const fileName = `studytrail-record-${plan.start}_${plan.deadline}.html`;
      return { html: renderCompletionRecord(record, locale()), fileName };
    },
    openRecord(html) {
      // A blob document in a new tab: the learner prints it (or saves it as PDF) from there.
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    downloadRecord(html, fileName) {
      downloadBlob(new Blob([html], { type: 'text/html' }), fileName);
    },
  };
}

const cache = new WeakMap<Settings, PlansActions>();

/** One actions object per settings object, so the view's live query is not restarted on every render. */
export function plansActionsFor(settings: Settings): PlansActions {
  let actions = cache.get(settings);
  if (!actions) {
    actions = browserPlansActions(settings);
    cache.set(settings, actions);
  }
  return actions;
}
