import { toMinutes } from '@/storage/digest/minutes';
import { countsTowardMatcher, type PlanProgress } from '@/storage/plans';
import type { PlanRow } from '@/storage/schemas/plan';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import type { Settings } from '@/storage/schemas/settings';
import { dayBounds, localDate } from '@/storage/tracking/local-day';
import type { CompletionRecord } from './record';

interface Sources {
  /** The sessions read for the plan's period (any; those that do not count are left out here). */
  sessions: readonly SessionRow[];
  reflections: readonly ReflectionRow[];
  settings: Pick<Settings, 'heartbeatSeconds' | 'idleSeconds' | 'countBackgroundAudio'>;
  /** ms since epoch */
  now: number;
}

/**
 * The completion record of a plan from its progress (plans-core's sums, never recomputed here): the manual
 * entries that count, listed one by one, and the reflections and cases written in the period on what counts.
 */
export function buildCompletionRecord(
  plan: PlanRow,
  progress: Pick<PlanProgress, 'trackedMs' | 'trackedClassHours' | 'perCourse' | 'perWeek'>,
  { sessions, reflections, settings, now }: Sources,
): CompletionRecord {
  const counts = countsTowardMatcher(plan.counts);
  const from = dayBounds(plan.start, plan.timeZone).start;
  const to = dayBounds(plan.deadline, plan.timeZone).end;
  const inPeriod = (start: number, end: number) => end > from && start < to;
  const courses = new Map(sessions.map((s) => [s.courseKey, s]));
  const reflectionCounts = (r: ReflectionRow) => {
    const session = courses.get(r.courseKey);
    return plan.counts.all || (session !== undefined && counts(session));
  };
  const counted = reflections.filter((r) => inPeriod(r.createdAt, r.createdAt + 1) && reflectionCounts(r));
  return {
    planName: plan.name,
    organiser: plan.organiser,
    start: plan.start,
    deadline: plan.deadline,
    requiredHours: plan.requiredClassHours,
    minutesPerHour: plan.classHourMinutes,
    ...(plan.creditedClassHours === undefined ? {} : { creditedHours: plan.creditedClassHours }),
    timeZone: plan.timeZone,
    generatedAt: new Date(now).toISOString(),
    totalMinutes: toMinutes(progress.trackedMs),
    totalClassHours: progress.trackedClassHours,
    perCourse: progress.perCourse.map((c) => ({
      title: c.title,
      minutes: c.minutes,
      classHours: c.classHours,
    })),
    perWeek: progress.perWeek.map((w) => ({
      start: w.start,
      end: w.end,
      minutes: w.minutes,
      classHours: w.classHours,
    })),
    manualEntries: sessions
      .filter((s) => s.kind === 'manual' && counts(s) && inPeriod(s.start, s.end))
      .sort((a, b) => a.start - b.start)
      .map((s) => ({
        date: localDate(s.start, plan.timeZone),
        minutes: toMinutes(s.end - s.start),
        courseTitle: s.courseTitle,
        lessonTitle: s.lessonTitle,
      })),
    reflectionCount: counted.length,
    caseCount: counted.filter((r) => r.isCase).length,
    method: {
      heartbeatSeconds: settings.heartbeatSeconds,
      idleSeconds: settings.idleSeconds,
      countBackgroundAudio: settings.countBackgroundAudio,
    },
  };
}
