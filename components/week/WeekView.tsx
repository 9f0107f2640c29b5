import { displayMinutes } from '@/storage/digest/minutes';
import type { WeekStats } from '@/storage/digest/week-stats';
import { type DurationUnit, formatDuration, formatGoalProgress } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { StatsPending } from '../charts/StatsPending';
import { useLiveQuery } from '../use-live-query';
import { WeekCourses } from './WeekCourses';
import { WeekDays } from './WeekDays';
import { WeekPicker } from './WeekPicker';

export interface WeekActions {
  /**
   * The week's numbers from the stored rows (re-read whenever those rows change), and the learner's display
   * names of courses by the digest's course id.
   */
  load(week: { start: string; end: string }): Promise<WeekStats & { courseNames?: Record<string, string> }>;
  /** Shows another week (kept in the address: `#/week/YYYY-MM-DD`). */
  showWeek(start: string): void;
}

interface Props {
  locale: Locale;
  week: { start: string; end: string };
  /** Local `YYYY-MM-DD` of today in the chosen time zone. */
  today: string;
  unit: DurationUnit;
  actions: WeekActions;
  /** The day the address names (opened from the Year view), marked in the week. */
  selectedDay?: string;
}

/** The change against last week in whole shown minutes, so it equals the difference of the shown totals. */
function deltaLine(stats: WeekStats, unit: DurationUnit, locale: Locale): string {
  const { activeMinutes } = stats.digest.totals;
  const previous = stats.digest.previous.activeMinutes;
  const delta = displayMinutes(activeMinutes) - displayMinutes(previous);
  const before = formatDuration(previous, unit, locale);
  if (delta === 0) return translate(locale, 'week_deltaSame', before);
  const amount = formatDuration(Math.abs(delta), unit, locale);
  return translate(locale, delta > 0 ? 'week_deltaMore' : 'week_deltaLess', amount, before);
}

/** The dashboard's start view: one week's study time per day and kind, per course and topic, the goal. */
export function WeekView({ locale, week, today, unit, actions, selectedDay }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const live = useLiveQuery(() => actions.load(week), [week.start, week.end, actions]);
  const picker = <WeekPicker locale={locale} week={week} today={today} showWeek={actions.showWeek} />;
  if (live.status !== 'ready') {
    const failure = live.status === 'error' ? t('week_loadFailed', live.error.message) : undefined;
    return <StatsPending picker={picker} loadingText={t('loading')} failure={failure} />;
  }
  const stats = live.value;
  const { digest } = stats;
  const goal = digest.goal.weeklyMinutes;
  const active = digest.totals.activeMinutes;
  const empty = digest.totals.sessionCount === 0;
  return (
    <section class="stats" data-testid="week-view" data-week={week.start}>
      {picker}
      <dl class="stats-summary">
        <div>
          <dt>{t('week_total')}</dt>
          <dd data-testid="week-total" data-minutes={active}>
            {formatDuration(active, unit, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('digest_goalHeading')}</dt>
          <dd data-testid="week-goal">
            {goal > 0 ? (
              <>
                {t('week_goalLine', formatGoalProgress(active, goal, unit, locale), digest.goal.percent)}
                <progress max={goal} value={Math.min(active, goal)} aria-label={t('digest_goalHeading')} />
              </>
            ) : (
              t('week_noGoal')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('week_change')}</dt>
          <dd data-testid="week-delta" data-minutes={digest.previous.deltaMinutes}>
            {deltaLine(stats, unit, locale)}
          </dd>
        </div>
      </dl>
      {empty ? (
        <div class="empty-state" data-testid="week-empty">
          <p>{t('week_empty')}</p>
          <p>
            <a href="#/settings">{t('week_emptyAction')}</a>
          </p>
        </div>
      ) : (
        <>
          <WeekDays locale={locale} stats={stats} unit={unit} selectedDay={selectedDay} />
          <WeekCourses locale={locale} digest={digest} unit={unit} names={stats.courseNames ?? {}} />
          <p>
            <a href={`#/digest/${week.start}`}>{t('week_openDigest')}</a>
          </p>
        </>
      )}
    </section>
  );
}
