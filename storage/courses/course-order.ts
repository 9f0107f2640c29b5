import type { CourseSummary } from './course-summaries';

/** The columns the Courses view sorts by. */
export type CourseSortKey = 'title' | 'ms' | 'lessons' | 'sessions' | 'first' | 'last';
export type SortDirection = 'ascending' | 'descending';

/**
 * Courses whose display or platform title contains `query` (case-insensitive, surrounding spaces ignored),
 * sorted by `key`; ties keep title order, so the list never jumps. Titles compare in the UI's locale.
 */
export function sortAndSearchCourses(
  courses: readonly CourseSummary[],
  {
    query,
    key,
    direction,
    locale,
  }: { query: string; key: CourseSortKey; direction: SortDirection; locale: string },
): CourseSummary[] {
  const needle = query.trim().toLocaleLowerCase();
  const found = needle
    ? courses.filter((c) => `${c.title}\u0000${c.platformTitle}`.toLocaleLowerCase().includes(needle))
    : [...courses];
  const collator = new Intl.Collator(locale);
  const byTitle = (a: CourseSummary, b: CourseSummary) =>
    collator.compare(a.title, b.title) || (a.courseKey < b.courseKey ? -1 : 1);
  const sign = direction === 'ascending' ? 1 : -1;
  return found.sort((a, b) => {
    const order = key === 'title' ? byTitle(a, b) : a[key] - b[key];
    return order === 0 ? byTitle(a, b) : sign * order;
  });
}
