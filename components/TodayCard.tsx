import { daysText } from '@/storage/days-text';
import { toMinutes } from '@/storage/digest/minutes';
import { formatDuration, formatGoalProgress } from '@/storage/format-duration';
import { type Locale, translate } from '@/storage/i18n';
import type { RecentDays } from '@/storage/repositories/recent-days';
import type { TodaySummary } from '@/storage/repositories/summary';
import type { Settings } from '@/storage/schemas/settings';
import type { WriteStatus } from '@/storage/schemas/write-status';
import { LastDaysChart } from './LastDaysChart';
import type { LiveState } from './use-live-query';

interface Props {
  locale: Locale;
  summary: LiveState<TodaySummary & { perDay?: RecentDays['perDay'] }>;
  /** The current streak in days; undefined while it is still being counted (a long one reads older days). */
  streakDays?: number;
  settings: Pick<Settings, 'weeklyGoalMinutes' | 'goalUnit' | 'classHourMinutes'>;
  /** Whether study time is being stored; absent until known. */
  writeStatus?: WriteStatus;
}

const FAILURE_TEXT = {
  quota: 'writeFailingQuota',
  closed: 'writeFailingClosed',
  other: 'writeFailingOther',
} as const;

/** Today's study time, the week against the goal, the streak, the last 7 days, and the lesson studied now or last. */
export function TodayCard({ locale, summary, settings, writeStatus, streakDays }: Props) {
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
  const { todayMs, weekMs, latest, perDay } = summary.value;
  // The bar's value in the shown whole minutes, so bar and text agree.
  const weekMinutes = Math.floor(toMinutes(weekMs));
  const goal = settings.weeklyGoalMinutes;
  return (
    <main class="today" aria-labelledby="today-heading">
      <h1 id="today-heading">{t('popupHeading')}</h1>
      {failing}
      <p class="today-total">
        <span class="label">{t('todayLabel')}</span>
        <strong class="big" data-testid="today-minutes">
          {formatDuration(toMinutes(todayMs), settings, locale)}
        </strong>
      </p>
      <label class="week">
        <span>{t('weekLabel')}</span>
        <progress max={Math.max(goal, 1)} value={Math.min(weekMinutes, goal)} />
        <span data-testid="week-progress">
          {formatGoalProgress(toMinutes(weekMs), goal, settings, locale)}
        </span>
      </label>
      {perDay && (
        <>
          <p class="streak" aria-busy={streakDays === undefined}>
            <span>{t('streakLabel')}</span>{' '}
            <strong data-testid="streak-days">
              {streakDays === undefined ? '…' : daysText(streakDays, locale)}
            </strong>
          </p>
          <LastDaysChart locale={locale} unit={settings} perDay={perDay} />
        </>
      )}
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
