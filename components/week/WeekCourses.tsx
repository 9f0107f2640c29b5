import type { Digest } from '@/storage/digest';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { formatCount } from '../charts/calendar-format';

interface Props {
  locale: Locale;
  digest: Digest;
  unit: DurationUnit;
  /** Display names the learner gave courses, by course id; the page's title otherwise. */
  names: Record<string, string>;
}

/** The week's time per course (the digest's attribution, overlaps counted once) and its reflection topics. */
export function WeekCourses({ locale, digest, unit, names }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  return (
    <>
      <section class="stats-section" aria-labelledby="week-courses-heading">
        <h2 id="week-courses-heading">{t('week_coursesHeading')}</h2>
        {digest.courses.length === 0 ? (
          <p class="muted">{t('week_noCourses')}</p>
        ) : (
          <div class="table-scroll">
            <table class="stats-table" data-testid="week-courses">
              <thead>
                <tr>
                  <th scope="col">{t('digest_course')}</th>
                  <th scope="col">{t('week_time')}</th>
                </tr>
              </thead>
              <tbody>
                {digest.courses.map((course) => (
                  <tr key={course.courseId}>
                    <th scope="row">{names[course.courseId] ?? course.title}</th>
                    <td data-minutes={course.minutes}>{formatDuration(course.minutes, unit, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="stats-section" aria-labelledby="week-topics-heading">
        <h2 id="week-topics-heading">{t('week_topicsHeading')}</h2>
        {digest.topics.length === 0 ? (
          <p class="muted">{t('week_noTopics')}</p>
        ) : (
          <table class="stats-table" data-testid="week-topics">
            <thead>
              <tr>
                <th scope="col">{t('digest_topic')}</th>
                <th scope="col">{t('week_reflectionCount')}</th>
              </tr>
            </thead>
            <tbody>
              {digest.topics.map((topic) => (
                <tr key={topic.topic}>
                  <th scope="row">{topic.topic}</th>
                  <td>{formatCount(topic.reflectionCount, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
