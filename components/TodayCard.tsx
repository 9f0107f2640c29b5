import { type Locale, translate } from '@/storage/i18n';
import type { TodaySummary } from '@/storage/repositories/summary';
import type { Settings } from '@/storage/schemas/settings';
import type { LiveState } from './use-live-query';

interface Props {
  locale: Locale;
  summary: LiveState<TodaySummary>;
  settings: Pick<Settings, 'weeklyGoalMinutes' | 'paused' | 'goalUnit' | 'classHourMinutes'>;
}

/** Durations are integer ms in storage and whole minutes only here, at display. */
const wholeMinutes = (ms: number) => Math.floor(ms / 60_000);

/** Class hours (学时) to one decimal, as Chinese trainings count them. */
const classHours = (minutes: number, classHourMinutes: number) => (minutes / classHourMinutes).toFixed(1);

/** Today's study minutes, the week against the goal, and the course and lesson studied now or last. */
export function TodayCard({ locale, summary, settings }: Props) {
  const t = (key: Parameters<typeof translate>[1], ...subs: (string | number)[]) =>
    translate(locale, key, ...subs);
  if (summary.status === 'loading')
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  if (summary.status === 'error') return <p role="alert">{t('loadFailed', summary.error.message)}</p>;
  const { todayMs, weekMs, latest } = summary.value;
  const weekMinutes = wholeMinutes(weekMs);
  const goal = settings.weeklyGoalMinutes;
  return (
    <main class="today" aria-labelledby="today-heading">
      <h1 id="today-heading">{t('popupHeading')}</h1>
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
