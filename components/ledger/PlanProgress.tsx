import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { LedgerPlan } from '@/storage/schemas/ledger';

const STATUS: Record<NonNullable<LedgerPlan['status']>, MessageKey> = {
  'on-track': 'ledger_planOnTrack',
  behind: 'ledger_planBehind',
  done: 'ledger_planDone',
  overdue: 'ledger_planOverdue',
  'not-started': 'ledger_planNotStarted',
  ended: 'ledger_planEnded',
};

interface Props {
  locale: Locale;
  plans: readonly LedgerPlan[];
  unit: DurationUnit;
}

/** A person's training plans as their latest digest reported them: done of required, deadline, pace. */
export function PlanProgress({ locale, plans, unit }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  if (plans.length === 0) return <p class="muted">{t('ledger_noPlans')}</p>;
  return (
    <ul class="ledger-plans">
      {plans.map((plan, index) => {
        const done = plan.doneMinutes ?? 0;
        const required = plan.requiredMinutes ?? 0;
        return (
          <li key={`${plan.title}-${index}`}>
            <strong>{plan.title}</strong>{' '}
            {required > 0 && (
              <>
                <meter min={0} max={required} value={Math.min(done, required)} aria-label={plan.title} />{' '}
                {t(
                  'ledger_planDoneOf',
                  formatDuration(done, unit, locale),
                  formatDuration(required, unit, locale),
                )}
              </>
            )}
            {plan.deadline && <> {t('ledger_planDeadline', plan.deadline)}</>}
            {plan.status && <> · {t(STATUS[plan.status])}</>}
          </li>
        );
      })}
    </ul>
  );
}
