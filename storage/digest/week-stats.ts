import type { Digest } from '../schemas/digest';
import type { ReflectionRow, SessionRow } from '../schemas/rows';
import { buildDigest, type DigestOptions } from './build-digest';
import { type DayKindMinutes, minutesPerDayByKind } from './kind-split';

/** What the dashboard's Week view shows: the week's digest and its days split by kind. */
export interface WeekStats {
  digest: Digest;
  perDayByKind: DayKindMinutes[];
}

/**
 * The Week view's numbers: the digest of the week (the one builder, so the view and the digest agree) and
 * the split of each day by kind from the same pieces. `sessions` need to cover the week and the week
 * before it (for the change against last week).
 */
export function buildWeekStats(
  input: { sessions: readonly SessionRow[]; reflections: readonly ReflectionRow[] },
  options: DigestOptions,
): WeekStats {
  return {
    digest: buildDigest(input, options),
    perDayByKind: minutesPerDayByKind(input.sessions, options),
  };
}
