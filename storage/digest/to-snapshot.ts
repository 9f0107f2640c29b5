import type { Digest } from '../schemas/digest';
import type { ShareLevel, Snapshot } from '../schemas/snapshot';
import { periodGoalMinutes } from './period';
import { snapshotPlan } from './snapshot-plan';
import { withoutUrls } from './without-urls';

export interface SnapshotOptions {
  /** Minutes in one class hour (学时); given, the widget also shows class hours. */
  classHourMinutes?: number;
}

/**
 * What the portal widget may show of a digest (docs/architecture.md section 5): minutes per day and the streak
 * always, and the nearest training plan's progress; course titles and the plan's name from share level
 * 'courses'; topics too at 'topics'. Never URLs (course and
 * lesson ids are dropped, URL-like text in topics is cut) and never reflection text. Kept free of zod
 * and the locale catalogs so the widget can import it to project a whole digest itself.
 */
export function toSnapshot(digest: Digest, shareLevel: ShareLevel, options: SnapshotOptions = {}): Snapshot {
  const snapshot: Snapshot = {
    kind: 'studytrail.snapshot',
    schemaVersion: 1,
    generatedAt: digest.generatedAt,
    period: { start: digest.period.start, end: digest.period.end },
    weekMinutes: digest.totals.activeMinutes,
    goalMinutes: periodGoalMinutes(digest),
    perDay: digest.perDay.map(({ date, minutes }) => ({ date, minutes })),
    currentStreakDays: digest.totals.currentStreakDays,
  };
  if (options.classHourMinutes !== undefined) snapshot.classHourMinutes = options.classHourMinutes;
  if (shareLevel === 'courses' || shareLevel === 'topics') {
    snapshot.courses = digest.courses.map((course) => ({
      title: withoutUrls(course.title),
      minutes: course.minutes,
    }));
  }
  // The nearest plan's progress is shared like the minutes; its name like a course title.
  const plan = snapshotPlan(digest.plans);
  const name = digest.plans.find((candidate) => candidate.status !== 'ended')?.name;
  if (plan) snapshot.plan = shareLevel === 'minutes' || !name ? plan : { name: withoutUrls(name), ...plan };
  if (shareLevel === 'topics') {
    snapshot.topics = digest.topics.map((topic) => ({
      topic: withoutUrls(topic.topic),
      count: topic.reflectionCount,
    }));
  }
  return snapshot;
}
