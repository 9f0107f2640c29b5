import { PrivacyLink } from '@/components/privacy/PrivacyLink';
import { PresetList } from '@/components/rules/PresetList';
import type { RuleActions } from '@/components/rules/rule-actions';
import { GoalSection } from '@/components/settings/GoalSection';
import type { SaveSettings } from '@/components/settings/save-settings';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { PlatformRule } from '@/storage/schemas/platform-rule';
import type { Settings } from '@/storage/schemas/settings';
import '@/components/courses/courses.css';

interface Props {
  locale: Locale;
  settings: Settings;
  presets: readonly PlatformRule[];
  ruleActions: Pick<RuleActions, 'setPresetEnabled'>;
  save: SaveSettings;
  /** Where "Done" leads (the dashboard's start view). */
  doneHash: string;
}

/** A list of plain facts under a heading. */
function Facts({ id, heading, items }: { id: string; heading: string; items: string[] }) {
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="welcome-facts">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The welcome guide, opened on install and from Settings: platforms, the weekly goal, what is recorded and
 * what never is, where the data lives, and how to pin the toolbar button. Every choice is saved at once.
 */
export function WelcomeView({ locale, settings, presets, ruleActions, save, doneHash }: Props) {
  const t = (key: MessageKey) => translate(locale, key);
  return (
    <div class="welcome-view">
      <p>{t('welcome_intro')}</p>
      <div class="welcome-step">
        <p class="step-label">{t('welcome_stepPlatforms')}</p>
        <PresetList
          locale={locale}
          presets={presets}
          enabledPlatforms={settings.enabledPlatforms}
          actions={ruleActions}
        />
      </div>
      <div class="welcome-step">
        <p class="step-label">{t('welcome_stepGoal')}</p>
        <GoalSection locale={locale} settings={settings} save={save} />
      </div>
      <Facts
        id="welcome-recorded"
        heading={t('welcome_recordedHeading')}
        items={[t('welcome_recorded1'), t('welcome_recorded2'), t('welcome_recorded3')]}
      />
      <Facts
        id="welcome-never"
        heading={t('welcome_neverHeading')}
        items={[t('welcome_never1'), t('welcome_never2')]}
      />
      <section class="panel" aria-labelledby="welcome-where">
        <h2 id="welcome-where">{t('welcome_whereHeading')}</h2>
        <p>{t('welcome_where')}</p>
        <p>
          <PrivacyLink locale={locale} />
        </p>
      </section>
      <section class="panel" aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcome_pinHeading')}</h2>
        <p>{t('welcome_pin')}</p>
      </section>
      <p>
        <a class="button-link" href={doneHash} data-testid="welcome-done">
          {t('welcome_done')}
        </a>
      </p>
    </div>
  );
}
