import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { classHoursNumber } from '@/storage/plans/class-hours-text';
import { BurnUpChart } from './BurnUpChart';
import { BurnUpTable } from './BurnUpTable';
import type { PlanSummary } from './plan-summary';
import { STATUS_TEXT } from './status-text';

interface Props {
  locale: Locale;
  plan: PlanSummary;
  onEdit: () => void;
  onDelete: () => void;
  onOpenRecord: () => void;
  onDownloadRecord: () => void;
}

/** One plan: progress, pace needed, forecast, status, per course, the platform's credited hours, the chart. */
export function PlanCard({ locale, plan, onEdit, onDelete, onOpenRecord, onDownloadRecord }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const hours = (value: number) => classHoursNumber(value, locale);
  const headingId = `plan-${plan.id}-heading`;
  // The status may stay on track (ahead of the line) while the recent pace misses the deadline: say so.
  const forecastLate =
    plan.status !== 'done' && plan.forecastDate !== undefined && plan.forecastDate > plan.deadline;
  return (
    <article
      class="plan panel"
      aria-labelledby={headingId}
      data-testid="plan"
      data-plan-id={plan.id}
      data-status={plan.status}
      data-tracked-ms={plan.trackedMs}
    >
      <h2 id={headingId}>{plan.name}</h2>
      <p class="muted">
        {[plan.organiser, t('plans_dates', plan.start, plan.deadline)].filter(Boolean).join(' · ')}
      </p>
      <dl class="plan-figures">
        <div>
          <dt>{t('plans_progressLabel')}</dt>
          <dd data-testid="plan-progress">
            {t('plans_progress', hours(plan.trackedClassHours), hours(plan.requiredClassHours), plan.percent)}
            <progress max={100} value={Math.min(plan.percent, 100)} aria-label={t('plans_progressLabel')} />
          </dd>
        </div>
        <div>
          <dt>{t('plans_paceLabel')}</dt>
          <dd data-testid="plan-pace">
            {plan.paceClassHoursPerWeek === undefined
              ? t(STATUS_TEXT[plan.status])
              : t('plans_paceNeeded', hours(plan.paceClassHoursPerWeek))}
          </dd>
        </div>
        <div>
          <dt>{t('plans_forecastLabel')}</dt>
          <dd
            data-testid="plan-forecast"
            data-late={forecastLate ? 'true' : 'false'}
            class={forecastLate ? 'plan-forecast-late' : undefined}
          >
            {forecastLate && <span aria-hidden="true">⚠ </span>}
            {plan.forecastDate
              ? t(forecastLate ? 'plans_forecastLate' : 'plans_forecast', plan.forecastDate)
              : t('plans_forecastNever')}
          </dd>
        </div>
        <div>
          <dt>{t('plans_statusLabel')}</dt>
          <dd data-testid="plan-status" class={`plan-status plan-status-${plan.status}`}>
            {t(STATUS_TEXT[plan.status])}
          </dd>
        </div>
      </dl>
      {plan.creditedClassHours !== undefined && (
        <p class="plan-credited" data-testid="plan-credited">
          <strong>{t('plans_credited', hours(plan.creditedClassHours))}</strong>{' '}
          <span class="hint">{t('plans_creditedWhy')}</span>
        </p>
      )}
      {plan.missingCourses.map((course) => (
        <p key={course} class="hint" role="note">
          {t('plan_missingCourse', course)}
        </p>
      ))}
      {plan.perCourse.length > 0 && (
        <details>
          <summary>{t('plans_perCourse')}</summary>
          <ul class="plan-courses">
            {plan.perCourse.map((course) => (
              <li key={course.title}>
                <span>{course.title}</span>{' '}
                <span class="num">{t('plans_hoursValue', hours(course.classHours))}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.burnUp.length > 1 && (
        <>
          <BurnUpChart
            points={plan.burnUp}
            label={t('plans_chartLabel', plan.name)}
            actualLabel={t('plans_chartActual')}
            targetLabel={t('plans_chartTarget')}
            unit={t('record_hours')}
            languageTag={locale === 'en' ? 'en' : 'zh-CN'}
          />
          <BurnUpTable locale={locale} points={plan.burnUp} />
        </>
      )}
      <div class="plan-actions">
        <button type="button" data-testid="plan-record" onClick={onOpenRecord} aria-describedby={headingId}>
          {t('plans_record')}
        </button>
        <button
          type="button"
          data-testid="plan-record-download"
          onClick={onDownloadRecord}
          aria-describedby={headingId}
        >
          {t('plans_recordDownload')}
        </button>
        <button
          type="button"
          data-testid="plan-edit"
          onClick={onEdit}
          aria-label={t('plans_editLabel', plan.name)}
        >
          {t('plans_edit')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="plan-delete"
          onClick={onDelete}
          aria-label={t('plans_deleteLabel', plan.name)}
        >
          {t('plans_delete')}
        </button>
      </div>
    </article>
  );
}
