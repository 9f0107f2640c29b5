import { version } from '@/package.json';
import {
  DIGEST_SCHEMA_VERSION,
  type Digest,
  type DigestMethod,
  type DigestReflection,
  type DigestSession,
} from '../schemas/digest';
import type { PlanRow } from '../schemas/plan';
import type { ReflectionRow, SessionKind, SessionRow } from '../schemas/rows';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { clipIntervals, unionMs } from '../tracking/intervals';
import { dayBounds } from '../tracking/local-day';
import { addCalendarDays, assertLocalDate, calendarDaysBetween } from './calendar';
import { tallyCourses } from './courses';
import { digestPlans } from './digest-plans';
import { isStudied, toMinutes } from './minutes';
import { attributedMs } from './pieces';
import { studyDays } from './study-days';
import { countTopics } from './topics';
import { memoWithoutUrls, withoutUrls } from './without-urls';

/** The rows a digest is built from, as stored. */
export interface DigestInput {
  sessions: readonly SessionRow[];
  reflections: readonly ReflectionRow[];
  /** Training plans; those active during the period get a section. Their sessions must be in `sessions`. */
  plans?: readonly PlanRow[];
}

export interface DigestOptions {
  /** First local day of the period, `YYYY-MM-DD`. */
  start: string;
  /** Last local day of the period (inclusive), `YYYY-MM-DD`. */
  end: string;
  /** IANA time zone the days are counted in. */
  timeZone: string;
  /** ms since epoch: the moment of generation, and "today" for the current streak. */
  now: number;
  weeklyGoalMinutes: number;
  /** The counting settings in force; defaults to the settings' defaults and this build's version. */
  method?: Partial<DigestMethod>;
}

/** Zones already checked: building an `Intl.DateTimeFormat` costs about a millisecond. */
const knownZones = new Set<string>();

function assertTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`Unknown time zone for the digest: ${JSON.stringify(timeZone)}`);
  }
  knownZones.add(timeZone);
}

/** The longest period a digest covers: a (leap) year. Longer ones are refused, so no grid can explode. */
export const MAX_PERIOD_DAYS = 366;
export { STREAK_LOOKBACK_DAYS } from './study-days';

/** One sort up front: the union, the attribution and the session list all see sorted input. */
const byStartThenId = (a: SessionRow, b: SessionRow) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toDigestReflection(row: ReflectionRow): DigestReflection {
  const { id, createdAt, courseTitle, lessonTitle, topics, learned, thought, apply, rating, isCase } = row;
  // Titles come from pages and may hold a URL; what the learner wrote is exported as written.
  return {
    id,
    createdAt,
    courseTitle: withoutUrls(courseTitle),
    lessonTitle: withoutUrls(lessonTitle),
    topics,
    learned,
    thought,
    apply,
    ...(rating === undefined ? {} : { rating }),
    isCase,
  };
}

/**
 * The digest of a period (docs/architecture.md section 5), a pure function of the stored rows. Minutes come from the
 * union of all sessions cut at the period's local midnights; per-course, per-lesson, per-kind and
 * per-session minutes come from the same union cut into pieces attributed by priority, so they add up.
 */
export function buildDigest(input: DigestInput, options: DigestOptions): Digest {
  const { start, end, timeZone, now, weeklyGoalMinutes } = options;
  assertLocalDate(start);
  assertLocalDate(end);
  assertTimeZone(timeZone);
  const days = calendarDaysBetween(start, end) + 1;
  if (days < 1) throw new Error(`Digest period ends (${end}) before it starts (${start})`);
  if (days > MAX_PERIOD_DAYS) {
    throw new Error(`Digest period ${start}…${end} is longer than ${MAX_PERIOD_DAYS} days`);
  }

  const sorted = input.sessions.filter((s) => s.end > s.start).sort(byStartThenId);
  const { union, grid, first, dayMs, currentStreakDays, longestStreakDays } = studyDays(sorted, options);
  const index = (date: string) => calendarDaysBetween(first, date);
  const periodMs = dayMs.slice(index(start), index(end) + 1);
  const periodStart = grid.starts[index(start)] ?? 0;
  const periodEnd = grid.starts[index(end) + 1] ?? 0;
  const previousFrom = dayBounds(addCalendarDays(start, -days), timeZone).start;
  const previousMs = unionMs(clipIntervals(union, previousFrom, periodStart));

  // Sessions within the period, cut at its bounds (copied only when cut), still sorted by start.
  const inPeriod: SessionRow[] = [];
  for (const s of sorted) {
    if (s.end <= periodStart || s.start >= periodEnd) continue;
    const inside = s.start >= periodStart && s.end <= periodEnd;
    inPeriod.push(
      inside ? s : { ...s, start: Math.max(s.start, periodStart), end: Math.min(s.end, periodEnd) },
    );
  }
  const ms = attributedMs(inPeriod);
  // Background audio (hidden tab, counted only when the setting allows) is in activeMinutes and in its
  // course's minutes, not in mediaMinutes: media means a lecture watched on screen.
  const msByKind: Record<SessionKind, number> = { input: 0, media: 0, 'background-audio': 0, manual: 0 };
  inPeriod.forEach((s, i) => {
    msByKind[s.kind] += ms[i] ?? 0;
  });

  const clean = memoWithoutUrls();
  const sessions: DigestSession[] = inPeriod.map((s, i) => ({
    id: s.id,
    start: s.start,
    end: s.end,
    minutes: toMinutes(ms[i] ?? 0),
    kind: s.kind,
    platformId: s.platformId,
    courseTitle: clean(s.courseTitle),
    lessonTitle: clean(s.lessonTitle),
  }));
  const reflections = input.reflections
    .filter((r) => r.createdAt >= periodStart && r.createdAt < periodEnd)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map(toDigestReflection);

  const activeMinutes = toMinutes(periodMs.reduce((sum, ms) => sum + ms, 0));
  const previousMinutes = toMinutes(previousMs);
  const goalForPeriod = (weeklyGoalMinutes * days) / 7;
  return {
    kind: 'studytrail.digest',
    schemaVersion: DIGEST_SCHEMA_VERSION,
    generatedAt: new Date(now).toISOString(),
    period: { start, end, timeZone },
    totals: {
      activeMinutes,
      mediaMinutes: toMinutes(msByKind.media),
      manualMinutes: toMinutes(msByKind.manual),
      daysStudied: periodMs.filter(isStudied).length,
      sessionCount: sessions.length,
      currentStreakDays,
      longestStreakDays,
    },
    goal: {
      weeklyMinutes: weeklyGoalMinutes,
      percent: goalForPeriod > 0 ? Math.round((activeMinutes / goalForPeriod) * 100) : 0,
    },
    perDay: periodMs.map((ms, i) => ({ date: addCalendarDays(start, i), minutes: toMinutes(ms) })),
    courses: tallyCourses(inPeriod, ms),
    topics: countTopics(reflections),
    reflections,
    sessions,
    previous: {
      activeMinutes: previousMinutes,
      deltaMinutes: toMinutes((activeMinutes - previousMinutes) * 60_000),
    },
    // Progress as it stood at the period's end: a past week's digest does not change with later study.
    plans: digestPlans(input.plans ?? [], sorted, {
      start,
      end,
      asOf: Math.min(now, periodEnd),
      sorted: true,
    }),
    method: {
      heartbeatSeconds: options.method?.heartbeatSeconds ?? DEFAULT_SETTINGS.heartbeatSeconds,
      idleSeconds: options.method?.idleSeconds ?? DEFAULT_SETTINGS.idleSeconds,
      countBackgroundAudio: options.method?.countBackgroundAudio ?? DEFAULT_SETTINGS.countBackgroundAudio,
      version: options.method?.version ?? version,
    },
  };
}
