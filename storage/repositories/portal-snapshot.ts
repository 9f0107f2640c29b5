import { buildDigest } from '../digest/build-digest';
import { toSnapshot } from '../digest/to-snapshot';
import type { Settings } from '../schemas/settings';
import type { Snapshot } from '../schemas/snapshot';
import { dayBounds, resolveTimeZone } from '../tracking/local-day';
import { isoWeekOf } from '../tracking/weeks';
import { readDigestSource } from './digest-source';

/**
 * This week's progress snapshot at the learner's share level (docs/architecture.md section 5), what the portal widget
 * and the dashboard's snapshot file show; undefined when nothing was recorded in the year the digest reads.
 */
export async function readWeekSnapshot(
  settings: Settings,
  now: number,
  version: string,
): Promise<Snapshot | undefined> {
  const timeZone = resolveTimeZone(settings.timeZone);
  const week = isoWeekOf(now, timeZone);
  const source = await readDigestSource(
    dayBounds(week.start, timeZone).start,
    dayBounds(week.end, timeZone).end,
  );
  if (source.sessions.length === 0) return undefined;
  const digest = buildDigest(source, {
    start: week.start,
    end: week.end,
    timeZone,
    now,
    weeklyGoalMinutes: settings.weeklyGoalMinutes,
    method: {
      heartbeatSeconds: settings.heartbeatSeconds,
      idleSeconds: settings.idleSeconds,
      countBackgroundAudio: settings.countBackgroundAudio,
      version,
    },
  });
  const classHours =
    settings.goalUnit === 'classHours' ? { classHourMinutes: settings.classHourMinutes } : {};
  return toSnapshot(digest, settings.shareLevel, classHours);
}
