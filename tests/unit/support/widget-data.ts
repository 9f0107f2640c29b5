import { buildDigest, toSnapshot } from '@/storage/digest';
import type { Snapshot } from '@/storage/schemas/snapshot';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './digest-fixture';

/** The digest of the fixed fixture week (247.5 min of a 200 min goal, streak 8). */
export const DIGEST = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);
/** Its snapshot at the most a learner can share, with class hours. */
export const SNAPSHOT: Snapshot = toSnapshot(DIGEST, 'topics', { classHourMinutes: 45 });
