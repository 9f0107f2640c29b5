import type { ReflectionRow, SessionRow } from '../schemas/rows';
import { normalizeLessonUrl } from './normalize-url';
import { idCourseKey, idLessonKey, MAX_LESSON_KEY } from './study-keys';
import { identifyUrl } from './url-identity';

/**
 * Rows written before keys came from ids (database version 1, backups of then) hold the whole page URL
 * as lessonKey and `<platformId>:<course title>` as courseKey. Rows of today never hold a URL lessonKey
 * beside an id course key, so applying this twice changes nothing.
 */
function isLegacy(row: Pick<SessionRow, 'platformId' | 'courseKey' | 'lessonKey'>): boolean {
  if (row.courseKey.startsWith(`${row.platformId}:course:`)) return false;
  return /^https?:\/\//i.test(row.lessonKey) && normalizeLessonUrl(row.lessonKey) !== '';
}

/** A session row with keys as read-titles.ts makes them today, where its stored URL allows; else as it was. */
export function rekeySession(row: SessionRow): SessionRow {
  if (!isLegacy(row)) return row;
  const ids = identifyUrl(row.platformId, row.lessonKey);
  // Without a course id the title key stays: it is the fallback of today too.
  const courseKey = ids.courseId ? idCourseKey(row.platformId, ids.courseId) : row.courseKey;
  const lessonKey = ids.lessonId
    ? idLessonKey(courseKey, ids.lessonId)
    : normalizeLessonUrl(row.lessonKey).slice(0, MAX_LESSON_KEY);
  if (courseKey === row.courseKey && lessonKey === row.lessonKey) return row;
  return { ...row, courseKey, lessonKey };
}

/** Where the sessions of each old course key went: old key → the set of new keys. */
export type CourseMoves = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * A reflection's course key follows its sessions: the re-keyed course of a session it lists, else the
 * one course every session under its old key moved to. Reflections with no such session keep their key.
 */
export function rekeyReflection(
  row: ReflectionRow,
  before: ReadonlyMap<string, SessionRow>,
  after: ReadonlyMap<string, SessionRow>,
  moves: CourseMoves,
): ReflectionRow {
  const moved = (id: string) => {
    const old = before.get(id);
    return old && old.courseKey === row.courseKey ? after.get(id)?.courseKey : undefined;
  };
  let courseKey = row.sessionIds.map(moved).find((key) => key !== undefined);
  const targets = moves.get(row.courseKey);
  if (courseKey === undefined && targets?.size === 1) courseKey = [...targets][0];
  return courseKey === undefined || courseKey === row.courseKey ? row : { ...row, courseKey };
}

/** Re-keys legacy sessions and the reflections that belong to them; rows that need nothing come back as they were. */
export function rekeyRows(rows: { sessions: readonly SessionRow[]; reflections: readonly ReflectionRow[] }): {
  sessions: SessionRow[];
  reflections: ReflectionRow[];
} {
  const before = new Map(rows.sessions.map((row) => [row.id, row]));
  const sessions = rows.sessions.map(rekeySession);
  const after = new Map(sessions.map((row) => [row.id, row]));
  const moves = new Map<string, Set<string>>();
  for (const [index, old] of rows.sessions.entries()) {
    const target = sessions[index]?.courseKey ?? old.courseKey;
    const set = moves.get(old.courseKey) ?? new Set<string>();
    set.add(target);
    moves.set(old.courseKey, set);
  }
  const reflections = rows.reflections.map((row) => rekeyReflection(row, before, after, moves));
  return { sessions, reflections };
}

/** The same data with legacy rows re-keyed (a restored backup of before version 2); other fields untouched. */
export function withCurrentKeys<
  T extends { sessions: readonly SessionRow[]; reflections: readonly ReflectionRow[] },
>(data: T): T {
  return { ...data, ...rekeyRows(data) };
}
