import type { Locale } from '../i18n';
import { translate } from '../i18n';
import type { Digest } from '../schemas/digest';
import { csvText } from './csv-text';
import { localClock } from './local-clock';
import { planStatusText } from './plan-text';
import { joinTopics, kindLabel, weekdayOf } from './text';

type Key = Parameters<typeof translate>[1];
type Cell = string | number;

function csv(locale: Locale, header: Key[], rows: Cell[][]): string {
  return csvText(
    header.map((key) => translate(locale, key)),
    rows,
  );
}

/** The file names of a digest's CSV export: `studytrail-<start>_<end>-<table>.csv`. */
export function csvFileNames(digest: Pick<Digest, 'period'>) {
  const stem = `studytrail-${digest.period.start}_${digest.period.end}`;
  return {
    perDay: `${stem}-per-day.csv`,
    perCourse: `${stem}-per-course.csv`,
    sessions: `${stem}-sessions.csv`,
    reflections: `${stem}-reflections.csv`,
    plans: `${stem}-plans.csv`,
  };
}

/**
 * The digest as five CSV files (per day, per course and lesson, sessions, reflections, plans), keyed by file
 * name: UTF-8 with BOM, CRLF, quoted by papaparse, headers in the chosen locale, formula injection
 * neutralised. Numbers stay numbers; times are local wall-clock time in the digest's time zone.
 */
export function renderCsv(digest: Digest, locale: Locale): Record<string, string> {
  const names = csvFileNames(digest);
  const clock = localClock(digest.period.timeZone);
  const yesNo = (value: boolean) => translate(locale, value ? 'digest_yes' : 'digest_no');
  return {
    [names.perDay]: csv(
      locale,
      ['digest_date', 'digest_weekday', 'digest_minutes'],
      digest.perDay.map((day) => [day.date, weekdayOf(day.date, locale), day.minutes]),
    ),
    [names.perCourse]: csv(
      locale,
      ['digest_course', 'digest_platform', 'digest_courseMinutes', 'digest_lesson', 'digest_lessonMinutes'],
      digest.courses.flatMap((course) =>
        course.lessons.map((lesson) => [
          course.title,
          course.platformId,
          course.minutes,
          lesson.title,
          lesson.minutes,
        ]),
      ),
    ),
    [names.sessions]: csv(
      locale,
      [
        'digest_start',
        'digest_end',
        'digest_minutes',
        'digest_kind',
        'digest_platform',
        'digest_course',
        'digest_lesson',
      ],
      digest.sessions.map((s) => [
        clock(s.start),
        clock(s.end),
        s.minutes,
        kindLabel(s.kind, locale),
        s.platformId,
        s.courseTitle,
        s.lessonTitle,
      ]),
    ),
    [names.reflections]: csv(
      locale,
      [
        'digest_createdAt',
        'digest_course',
        'digest_lesson',
        'digest_topicsHeading',
        'digest_learned',
        'digest_thought',
        'digest_apply',
        'digest_rating',
        'digest_isCase',
      ],
      digest.reflections.map((r) => [
        clock(r.createdAt),
        r.courseTitle,
        r.lessonTitle,
        joinTopics(r.topics, locale),
        r.learned,
        r.thought,
        r.apply,
        r.rating ?? '',
        yesNo(r.isCase),
      ]),
    ),
    [names.plans]: csv(
      locale,
      [
        'digest_planName',
        'digest_planOrganiser',
        'digest_planStart',
        'digest_planDeadline',
        'digest_planRequired',
        'digest_planMinutesPerHour',
        'digest_planPeriodMinutes',
        'digest_planTrackedMinutes',
        'digest_planTracked',
        'digest_planPercent',
        'digest_planStatus',
        'digest_planNeeded',
        'digest_planForecast',
        'digest_planCredited',
      ],
      digest.plans.map((p) => [
        p.name,
        p.organiser,
        p.start,
        p.deadline,
        p.requiredClassHours,
        p.classHourMinutes,
        p.periodMinutes,
        p.trackedMinutes,
        p.trackedClassHours,
        p.percent,
        planStatusText(p.status, locale),
        p.neededClassHoursPerWeek ?? '',
        p.forecastDate ?? '',
        p.creditedClassHours ?? '',
      ]),
    ),
  };
}
