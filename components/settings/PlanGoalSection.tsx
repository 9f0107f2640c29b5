import { LiveNotices } from '@/components/rules/LiveNotices';
import { useLiveQuery } from '@/components/use-live-query';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { listPlans } from '@/storage/repositories/plans';
import type { Settings } from '@/storage/schemas/settings';
import type { SaveSettings } from './save-settings';
import { useSaveNotice } from './use-save-notice';

interface Props {
  locale: Locale;
  settings: Pick<Settings, 'goalFollowsPlan' | 'planReminders'>;
  save: SaveSettings;
  /** The plans to choose from (id and name); the stored plans by default. */
  plans?: () => Promise<{ id: string; name: string }[]>;
}

/** Whether the weekly goal follows a training plan's pace needed, and whether plans send reminders. */
export function PlanGoalSection({ locale, settings, save, plans = listPlans }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const { notice, saveChange } = useSaveNotice(locale, save);
  const live = useLiveQuery(plans, [plans]);
  const choices = live.status === 'ready' ? live.value : [];
  // A followed plan that was deleted: the fixed goal applies, and the choice says so.
  const followed = choices.some((plan) => plan.id === settings.goalFollowsPlan)
    ? settings.goalFollowsPlan
    : '';
  return (
    <section class="panel" aria-labelledby="plan-goal-heading" data-testid="plan-goal-section">
      <h2 id="plan-goal-heading">{t('settings_planGoalHeading')}</h2>
      <div class="field">
        <label for="plan-goal-follow">{t('settings_planGoalFollow')}</label>
        <select
          id="plan-goal-follow"
          value={followed}
          aria-describedby="plan-goal-hint"
          onChange={(event) => saveChange({ goalFollowsPlan: event.currentTarget.value })}
        >
          <option value="">{t('settings_planGoalFixed')}</option>
          {choices.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {t('settings_planGoalPlan', plan.name)}
            </option>
          ))}
        </select>
        <p id="plan-goal-hint" class="hint">
          {t('settings_planGoalHint')}
        </p>
      </div>
      <div class="toggle">
        <input
          id="plan-reminders"
          type="checkbox"
          checked={settings.planReminders}
          aria-describedby="plan-reminders-hint"
          onChange={(event) => saveChange({ planReminders: event.currentTarget.checked })}
        />
        <label for="plan-reminders">{t('settings_planRemindersEnabled')}</label>
      </div>
      <p id="plan-reminders-hint" class="hint">
        {t('settings_planRemindersHint')}
      </p>
      <LiveNotices notice={notice} />
    </section>
  );
}
