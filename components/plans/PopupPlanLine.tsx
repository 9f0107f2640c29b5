import './popup-plan.css';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { classHoursNumber } from '@/storage/plans/class-hours-text';
import type { PlanGlance } from '@/storage/repositories/plan-glance';
import { STATUS_TEXT } from './status-text';

/** The nearest deadline's plan in the popup, in two short lines: progress, then the pace needed. */
export function PopupPlanLine({ locale, glance }: { locale: Locale; glance?: PlanGlance }) {
  if (!glance) return null;
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const { progress } = glance;
  const hours = (value: number) => classHoursNumber(value, locale);
  return (
    <section
      class="popup-plan"
      aria-labelledby="popup-plan-heading"
      data-testid="popup-plan"
      data-status={progress.status}
      data-tracked-ms={progress.trackedMs}
    >
      <h2 id="popup-plan-heading">{t('plans_popupHeading')}</h2>
      <p data-testid="popup-plan-progress">
        {t(
          'plans_popupLine',
          glance.name,
          hours(progress.trackedClassHours),
          hours(progress.requiredClassHours),
        )}
        <progress max={100} value={progress.percent} aria-label={t('plans_progressLabel')} />
      </p>
      <p class="muted" data-testid="popup-plan-pace">
        {progress.pace
          ? `${t('plans_paceNeeded', hours(progress.pace.neededClassHoursPerWeek))} · ${t('plans_popupDeadline', glance.deadline)}`
          : t(STATUS_TEXT[progress.status])}
      </p>
    </section>
  );
}
