import { displayMinutes, toMinutes } from '@/storage/digest/minutes';
import { type Locale, translate } from '@/storage/i18n';
import type { TodaySummary } from '@/storage/repositories/summary';
import type { Settings } from '@/storage/schemas/settings';
import type { WriteStatus } from '@/storage/schemas/write-status';
import type { LiveState } from './use-live-query';

interface Props {
  locale: Locale;
  summary: LiveState<TodaySummary>;
  settings: Pick<Settings, 'weeklyGoalMinutes' | 'paused' | 'goalUnit' | 'classHourMinutes'>;
  /** Whether study time is being stored; absent until known. */
  writeStatus?: WriteStatus;
}

const FAILURE_TEXT = {
  quota: 'writeFailingQuota',
  closed: 'writeFailingClosed',
  other: 'writeFailingOther',
} as const;

/** Durations are integer ms in storage; shown as the digest and the portal widget show them. */
const wholeMinutes = (ms: number) => displayMinutes(toMinutes(ms));

/** Class hours (学时) to one decimal, as Chinese trainings count them. */
const classHours = (minutes: number, classHourMinutes: number) => (minutes / classHourMinutes).toFixed(1);

/** Today's study minutes, the week against the goal, and the course and lesson studied now or last. */
export function TodayCard({ locale, summary, settings, writeStatus }: Props) {
  const t = (key: Parameters<typeof translate>[1], ...subs: (string | number)[]) =>
    translate(locale, key, ...subs);
  // Shown whatever the summary's state: a closed database fails the reads too.
  const failing = writeStatus && !writeStatus.ok && (
    <section class="write-failing" role="alert" data-testid="write-failing" data-reason={writeStatus.reason}>
      <h2>{t('writeFailingHeading')}</h2>
      <p>{t(FAILURE_TEXT[writeStatus.reason])}</p>
      <p>{t('writeFailingPending', writeStatus.pending)}</p>
    </section>
  );
  if (summary.status === 'loading')
    return (
      <>
        {failing}
        <p class="muted" role="status">
          {t('loading')}
        </p>
      </>
    );
  if (summary.status === 'error')
    return (
      <>
        {failing}
        <p role="alert">{t('loadFailed', summary.error.message)}</p>
      </>
    );
  const { todayMs, weekMs, latest } = summary.value;
  const weekMinutes = wholeMinutes(weekMs);
  const goal = settings.weeklyGoalMinutes;
  return (
    <main class="today" aria-labelledby="today-heading">
      <h1 id="today-heading">{t('popupHeading')}</h1>
      {failing}
      {settings.paused && (
        <p class="badge" role="status">
          {t('paused')}
        </p>
      )}
      <p class="today-total">
        <span class="label">{t('todayLabel')}</span>
        <strong class="big" data-testid="today-minutes">
          {t('minutes', wholeMinutes(todayMs))}
        </strong>
      </p>
      <label class="week">
        <span>{t('weekLabel')}</span>
        <progress max={Math.max(goal, 1)} value={Math.min(weekMinutes, goal)} />
        <span data-testid="week-progress">
          {settings.goalUnit === 'classHours'
            ? t(
                'weekProgressClassHours',
                classHours(weekMinutes, settings.classHourMinutes),
                classHours(goal, settings.classHourMinutes),
              )
            : t('weekProgress', weekMinutes, goal)}
        </span>
      </label>
      {latest ? (
        <section
          class="current"
          data-testid="current"
          data-active={String(latest.active)}
          aria-label={t(latest.active ? 'studyingNow' : 'lastStudied')}
        >
          <h2>{t(latest.active ? 'studyingNow' : 'lastStudied')}</h2>
          <dl>
            <dt>{t('course')}</dt>
            <dd data-testid="current-course">{latest.courseTitle}</dd>
            <dt>{t('lesson')}</dt>
            <dd data-testid="current-lesson">{latest.lessonTitle}</dd>
          </dl>
        </section>
      ) : (
        <p class="muted">{t('nothingYet')}</p>
      )}
    </main>
  );
}
