import { LiveNotices } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import { NumberField } from './NumberField';
import type { SaveSettings } from './save-settings';
import { useSaveNotice } from './use-save-notice';

interface Props {
  locale: Locale;
  settings: Pick<Settings, 'weeklyGoalMinutes' | 'goalUnit' | 'classHourMinutes'>;
  save: SaveSettings;
}

const UNITS: readonly [Settings['goalUnit'], MessageKey][] = [
  ['minutes', 'settings_goalUnitMinutes'],
  ['classHours', 'settings_goalUnitClassHours'],
];

/** The weekly goal in minutes, and whether progress shows in minutes or in class hours (学时). */
export function GoalSection({ locale, settings, save }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const { notice, saveChange } = useSaveNotice(locale, save);
  const inClassHours = settings.goalUnit === 'classHours';
  const classHours = Math.round((settings.weeklyGoalMinutes / settings.classHourMinutes) * 10) / 10;
  const goalHint = [
    t('settings_goalMinutesHint'),
    inClassHours ? t('settings_goalInClassHours', classHours, settings.classHourMinutes) : '',
  ].join(' ');

  return (
    <section class="panel" aria-labelledby="goal-heading">
      <h2 id="goal-heading">{t('settings_goalHeading')}</h2>
      <p class="hint">{t('settings_goalHint')}</p>
      <NumberField
        id="goal-minutes"
        label={t('settings_goalMinutes')}
        hint={goalHint.trim()}
        value={settings.weeklyGoalMinutes}
        min={0}
        max={10080}
        invalidMessage={t('settings_goalInvalid')}
        onCommit={(weeklyGoalMinutes) => saveChange({ weeklyGoalMinutes })}
      />
      <fieldset class="choices">
        <legend>{t('settings_goalUnit')}</legend>
        {UNITS.map(([unit, key]) => (
          <div key={unit} class="choice">
            <input
              id={`goal-unit-${unit}`}
              type="radio"
              name="goal-unit"
              value={unit}
              checked={settings.goalUnit === unit}
              onChange={() => saveChange({ goalUnit: unit })}
            />
            <label for={`goal-unit-${unit}`}>{t(key)}</label>
          </div>
        ))}
      </fieldset>
      <NumberField
        id="class-hour-minutes"
        label={t('settings_classHourMinutes')}
        hint={t('settings_classHourMinutesHint')}
        value={settings.classHourMinutes}
        min={1}
        max={120}
        invalidMessage={t('settings_classHourInvalid')}
        onCommit={(classHourMinutes) => saveChange({ classHourMinutes })}
      />
      <LiveNotices notice={notice} />
    </section>
  );
}
