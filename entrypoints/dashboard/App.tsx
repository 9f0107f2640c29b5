import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PresetList } from '@/components/rules/PresetList';
import { RulesSection } from '@/components/rules/RulesSection';
import { resolveLocale, translate } from '@/storage/i18n';
import { PRESETS } from '@/storage/platforms/presets';
import type { Settings } from '@/storage/schemas/settings';
import { loadSettings, watchSettings } from '@/storage/settings';
import { browserRuleActions } from './rule-actions';

const actions = browserRuleActions();

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => setLoadError(String(error)));
    return watchSettings(setSettings);
  }, []);
  const locale = resolveLocale(settings?.locale ?? 'auto', browser.i18n.getUILanguage());
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
    document.title = translate(locale, 'dashboardTitle');
  }, [locale]);

  return (
    <main class="dashboard" aria-labelledby="dashboard-heading">
      <h1 id="dashboard-heading">{translate(locale, 'dashboardTitle')}</h1>
      {loadError !== null && <p role="alert">{translate(locale, 'settingsLoadFailed', loadError)}</p>}
      {settings === null ? (
        loadError === null && (
          <p class="muted" role="status">
            {translate(locale, 'loading')}
          </p>
        )
      ) : (
        <>
          <PresetList
            locale={locale}
            presets={PRESETS}
            enabledPlatforms={settings.enabledPlatforms}
            actions={actions}
          />
          <RulesSection locale={locale} rules={settings.customRules} actions={actions} />
        </>
      )}
    </main>
  );
}
