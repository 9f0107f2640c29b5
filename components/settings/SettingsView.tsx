import { PresetList } from '@/components/rules/PresetList';
import { RulesSection } from '@/components/rules/RulesSection';
import type { RuleActions } from '@/components/rules/rule-actions';
import type { Locale } from '@/storage/i18n';
import type { PlatformRule } from '@/storage/schemas/platform-rule';
import type { Settings } from '@/storage/schemas/settings';
import { GoalSection } from './GoalSection';
import { IdentitySection } from './IdentitySection';
import { LanguageSection } from './LanguageSection';
import { LedgerSection } from './LedgerSection';
import { PlanGoalSection } from './PlanGoalSection';
import { PrivacySection } from './PrivacySection';
import { ReminderSection } from './ReminderSection';
import { type SigningActions, SigningSection } from './SigningSection';
import type { SaveSettings } from './save-settings';

interface Props {
  locale: Locale;
  settings: Settings;
  presets: readonly PlatformRule[];
  ruleActions: RuleActions;
  save: SaveSettings;
  /** The digest signing key; without it (as in component tests) the section is left out. */
  signing?: SigningActions;
}

/** The dashboard's Settings view: where time counts, the weekly goal and reminder, the language. */
export function SettingsView({ locale, settings, presets, ruleActions, save, signing }: Props) {
  return (
    <>
      <PresetList
        locale={locale}
        presets={presets}
        enabledPlatforms={settings.enabledPlatforms}
        actions={ruleActions}
      />
      <RulesSection locale={locale} rules={settings.customRules} actions={ruleActions} />
      <GoalSection locale={locale} settings={settings} save={save} />
      <PlanGoalSection locale={locale} settings={settings} save={save} />
      <ReminderSection locale={locale} reminder={settings.weeklyReminder} save={save} />
      <LanguageSection locale={locale} setting={settings.locale} save={save} />
      <PrivacySection locale={locale} />
      <IdentitySection locale={locale} learner={settings.learner} save={save} />
      {signing && <SigningSection locale={locale} actions={signing} />}
      <LedgerSection locale={locale} organisesTraining={settings.organisesTraining} save={save} />
    </>
  );
}
