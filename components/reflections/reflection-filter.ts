import type { ReflectionRow } from '@/storage/schemas/rows';
import { dayBounds } from '@/storage/tracking/local-day';

/** What the learner narrowed the list to; empty strings mean "any". */
export interface ReflectionFilter {
  /** Words searched in 学, 思, 用 and the topics; every word must occur. */
  query: string;
  topic: string;
  courseKey: string;
  /** First local day, `YYYY-MM-DD`. */
  from: string;
  /** Last local day (inclusive), `YYYY-MM-DD`. */
  to: string;
  caseOnly: boolean;
}

export const NO_FILTER: ReflectionFilter = {
  query: '',
  topic: '',
  courseKey: '',
  from: '',
  to: '',
  caseOnly: false,
};

/** Case- and width-insensitive form for search (full-width Ｌｅｔｔｅｒｓ match ASCII ones). */
const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/**
 * The reflections the filter keeps, in their order. Dates are local days in `timeZone`, the same days the
 * digest counts in; a range given backwards is read forwards.
 */
export function filterReflections(
  rows: readonly ReflectionRow[],
  filter: ReflectionFilter,
  timeZone: string,
): ReflectionRow[] {
  const words = fold(filter.query)
    .split(/\s+/)
    .filter((word) => word !== '');
  // A range given backwards is read forwards.
  const [first, last] =
    isDate(filter.from) && isDate(filter.to) && filter.from > filter.to
      ? [filter.to, filter.from]
      : [filter.from, filter.to];
  const start = isDate(first) ? dayBounds(first, timeZone).start : Number.NEGATIVE_INFINITY;
  const end = isDate(last) ? dayBounds(last, timeZone).end : Number.POSITIVE_INFINITY;
  return rows.filter((row) => {
    if (filter.caseOnly && !row.isCase) return false;
    if (filter.topic !== '' && !row.topics.includes(filter.topic)) return false;
    if (filter.courseKey !== '' && row.courseKey !== filter.courseKey) return false;
    if (row.createdAt < start || row.createdAt >= end) return false;
    if (words.length === 0) return true;
    const haystack = fold([row.learned, row.thought, row.apply, ...row.topics].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

/** The topics and courses the rows use, for the filters' choices (courses by their latest title). */
export function filterChoices(rows: readonly ReflectionRow[]): {
  topics: string[];
  courses: { key: string; title: string }[];
} {
  const topics = new Set<string>();
  const courses = new Map<string, string>();
  for (const row of rows) {
    for (const topic of row.topics) topics.add(topic);
    if (!courses.has(row.courseKey)) courses.set(row.courseKey, row.courseTitle.trim() || row.courseKey);
  }
  return {
    topics: [...topics].sort((a, b) => a.localeCompare(b)),
    courses: [...courses]
      .map(([key, title]) => ({ key, title }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}
