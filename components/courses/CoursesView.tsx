import { useMemo, useState } from 'preact/hooks';
import { formatDate } from '@/components/local-time';
import { useLiveQuery } from '@/components/use-live-query';
import { type CourseSortKey, type SortDirection, sortAndSearchCourses } from '@/storage/courses/course-order';
import { type CourseSummary, courseSummaries } from '@/storage/courses/course-summaries';
import { toMinutes } from '@/storage/digest/minutes';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { CoursesActions } from './courses-actions';
import { RenameForm } from './RenameForm';
import './courses.css';

interface Props {
  locale: Locale;
  /** IANA zone the dates are shown in (the settings' time zone, resolved). */
  timeZone: string;
  unit: DurationUnit;
  /** Platform id → its name, for the platform line under each course. */
  platformNames: Record<string, string>;
  actions: CoursesActions;
}

const COLUMNS: readonly [CourseSortKey, MessageKey][] = [
  ['title', 'courses_colTitle'],
  ['ms', 'courses_colTime'],
  ['lessons', 'courses_colLessons'],
  ['sessions', 'courses_colSessions'],
  ['first', 'courses_colFirst'],
  ['last', 'courses_colLast'],
];

/** The dashboard's Courses view: every course with its time, lessons and sessions; sort, search, rename. */
export function CoursesView({ locale, timeZone, unit, platformNames, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const live = useLiveQuery(() => actions.load(), [actions]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: CourseSortKey; direction: SortDirection }>({
    key: 'ms',
    direction: 'descending',
  });
  const [renaming, setRenaming] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const courses = useMemo(
    () => (live.status === 'ready' ? courseSummaries(live.value.sessions, live.value.names) : []),
    [live],
  );
  const shown = useMemo(
    () => sortAndSearchCourses(courses, { query, ...sort, locale: locale === 'en' ? 'en' : 'zh-CN' }),
    [courses, query, sort, locale],
  );
  const number = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN');

  if (live.status === 'loading')
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  if (live.status === 'error') return <p role="alert">{t('courses_loadFailed', live.error.message)}</p>;
  if (courses.length === 0)
    return (
      <section class="empty-state" data-testid="courses-empty" aria-label={t('nav_courses')}>
        <p>{t('courses_none')}</p>
        <p>
          <a href="#/sessions">{t('courses_goToSessions')}</a>
        </p>
      </section>
    );

  const toggleSort = (key: CourseSortKey) =>
    setSort((old) =>
      old.key === key
        ? { key, direction: old.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'title' ? 'ascending' : 'descending' },
    );
  const closeRename = (key: string) => {
    setRenaming(null);
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`button[data-course="${CSS.escape(key)}"]`)?.focus(),
    );
  };
  const duration = (ms: number) => formatDuration(toMinutes(ms), unit, locale);

  const row = (course: CourseSummary) => (
    <tr key={course.courseKey} data-testid="course-row" data-course-key={course.courseKey}>
      <th scope="row" class="course-title">
        {renaming === course.courseKey ? (
          <RenameForm
            locale={locale}
            courseKey={course.courseKey}
            title={course.title}
            renamed={course.renamed}
            close={() => closeRename(course.courseKey)}
            save={async (title) => {
              await actions.rename(course.courseKey, title);
              setNotice(t('courses_renamed', title));
              closeRename(course.courseKey);
            }}
            reset={async () => {
              await actions.clearName(course.courseKey);
              setNotice(t('courses_renamed', course.platformTitle));
              closeRename(course.courseKey);
            }}
          />
        ) : (
          <span data-testid="course-title">{course.title}</span>
        )}
        {course.renamed && renaming !== course.courseKey && (
          <span class="muted block">{t('courses_platformTitle', course.platformTitle)}</span>
        )}
        <span class="muted block">{platformNames[course.platformId] ?? course.platformId}</span>
      </th>
      <td data-testid="course-time" data-ms={course.ms}>
        {duration(course.ms)}
        {course.manualMs > 0 && (
          <span class="manual-mark block">{t('courses_manualPart', duration(course.manualMs))}</span>
        )}
      </td>
      <td>{number.format(course.lessons)}</td>
      <td>{number.format(course.sessions)}</td>
      <td>{formatDate(course.first, locale, timeZone)}</td>
      <td>{formatDate(course.last, locale, timeZone)}</td>
      <td>
        <button
          type="button"
          data-course={course.courseKey}
          aria-label={`${t('courses_rename')} ${course.title}`}
          onClick={() => setRenaming(course.courseKey)}
        >
          {t('courses_rename')}
        </button>
      </td>
    </tr>
  );

  return (
    <section class="courses-view" aria-label={t('nav_courses')}>
      <div class="search">
        <label for="course-search">{t('courses_searchLabel')}</label>
        <input
          id="course-search"
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <p class="muted" role="status" data-testid="courses-status">
        {query.trim() !== '' && shown.length === 0
          ? t('courses_noMatch', query.trim())
          : t('courses_count', courses.length, shown.length)}
      </p>
      <p class="sr-only" aria-live="polite">
        {notice}
      </p>
      <div class="table-scroll">
        <table class="courses">
          <caption>{t('courses_tableCaption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map(([key, label]) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
                  <button type="button" class="sort" onClick={() => toggleSort(key)}>
                    {t(label)}
                    <span aria-hidden="true">
                      {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('courses_colActions')}</th>
            </tr>
          </thead>
          <tbody>{shown.map(row)}</tbody>
        </table>
      </div>
    </section>
  );
}
