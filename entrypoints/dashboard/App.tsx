import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { CoursesView } from '@/components/courses/CoursesView';
import { DataManagementView } from '@/components/data/DataManagementView';
import { LedgerLoader } from '@/components/ledger/LedgerLoader';
import { WelcomeView } from '@/components/onboarding/WelcomeView';
import { PlansView } from '@/components/plans/PlansView';
import { PortalSection } from '@/components/portal/PortalSection';
import { ReflectionsView } from '@/components/reflections/ReflectionsView';
import { SessionsView } from '@/components/sessions/SessionsView';
import { SettingsView } from '@/components/settings/SettingsView';
import { resolveLocale, translate } from '@/storage/i18n';
import { PRESETS } from '@/storage/platforms/presets';
import type { Settings } from '@/storage/schemas/settings';
import { loadSettings, saveSettings, watchSettings } from '@/storage/settings';
import { resolveTimeZone } from '@/storage/tracking/local-day';
import { browserCoursesActions } from './courses-actions';
import { DashboardNav, VIEW_NAMES } from './DashboardNav';
import { DigestPage } from './DigestPage';
import { browserDataActions } from './data-actions';
import { plansActionsFor } from './plans-actions';
import { browserPortalActions } from './portal-actions';
import { browserReflectionsActions } from './reflections-actions';
import { browserRuleActions } from './rule-actions';
import { WeekPage, YearPage } from './StatsPages';
import { browserSessionsActions } from './sessions-actions';
import { signingActions } from './signing-actions';
import { useRoute } from './use-route';

const ruleActions = browserRuleActions();
const dataActions = browserDataActions();
const portalActions = browserPortalActions();
const reflectionsActions = browserReflectionsActions();
const coursesActions = browserCoursesActions();
const sessionsActions = browserSessionsActions();

/** Platform id → name, for the Courses and Sessions views: the presets and the learner's own rules. */
const platformNames = (settings: Settings, locale: 'zh_CN' | 'en'): Record<string, string> => ({
  ...Object.fromEntries([...PRESETS, ...settings.customRules].map((rule) => [rule.id, rule.name])),
  manual: translate(locale, 'platform_manual'),
});

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => setLoadError(String(error)));
    return watchSettings(setSettings);
  }, []);
  const route = useRoute();
  const locale = resolveLocale(settings?.locale ?? 'auto', browser.i18n.getUILanguage());
  const viewName = translate(locale, VIEW_NAMES[route.view]);
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
    document.title = translate(locale, 'nav_pageTitle', viewName);
  }, [locale, viewName]);

  // After a move to another view (not on the first load), the keyboard starts at the new view's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRoute = useRef(true);
  useEffect(() => {
    if (firstRoute.current) firstRoute.current = false;
    else headingRef.current?.focus();
  }, [route]);

  // The Data view needs no settings: it stays usable (to back up, to erase) even if they cannot be read.
  const view = (current: Settings | null) => {
    if (route.view === 'data') return <DataManagementView locale={locale} actions={dataActions} />;
    if (current === null) return null;
    switch (route.view) {
      case 'reflections':
        return (
          <ReflectionsView
            locale={locale}
            timeZone={resolveTimeZone(current.timeZone)}
            actions={reflectionsActions}
          />
        );
      case 'digest':
        return <DigestPage locale={locale} weekStart={route.weekStart} settings={current} />;
      case 'week':
        return <WeekPage locale={locale} settings={current} day={route.weekStart} />;
      case 'year':
        return <YearPage locale={locale} settings={current} year={route.year} />;
      case 'courses':
        return (
          <CoursesView
            locale={locale}
            timeZone={resolveTimeZone(current.timeZone)}
            unit={current}
            platformNames={platformNames(current, locale)}
            actions={coursesActions}
          />
        );
      case 'sessions':
        return (
          <SessionsView
            locale={locale}
            timeZone={resolveTimeZone(current.timeZone)}
            unit={current}
            platformNames={platformNames(current, locale)}
            actions={sessionsActions}
          />
        );
      case 'ledger':
        // The ledger's code (and its .xlsx writer) is loaded only when this view is opened.
        return <LedgerLoader locale={locale} settings={current} load={() => import('./ledger-actions')} />;
      case 'plans':
        return <PlansView locale={locale} settings={current} actions={plansActionsFor(current)} />;
      case 'welcome':
        return (
          <WelcomeView
            locale={locale}
            settings={current}
            presets={PRESETS}
            ruleActions={ruleActions}
            save={saveSettings}
            doneHash="#/"
          />
        );
      default:
        return (
          <>
            <SettingsView
              locale={locale}
              settings={current}
              presets={PRESETS}
              ruleActions={ruleActions}
              save={saveSettings}
              signing={signingActions}
            />
            <PortalSection locale={locale} settings={current} actions={portalActions} />
            <p>
              <a href="#/welcome">{translate(locale, 'settings_openWelcome')}</a>
            </p>
          </>
        );
    }
  };

  return (
    <div class="dashboard">
      <header class="masthead">
        <p class="brand">{translate(locale, 'extName')}</p>
        <DashboardNav locale={locale} route={route} organiser={settings?.organisesTraining ?? false} />
      </header>
      <main aria-labelledby="view-heading">
        <h1 id="view-heading" ref={headingRef} tabIndex={-1}>
          {viewName}
        </h1>
        {loadError !== null && <p role="alert">{translate(locale, 'settingsLoadFailed', loadError)}</p>}
        {settings === null && loadError === null ? (
          <p class="muted" role="status">
            {translate(locale, 'loading')}
          </p>
        ) : (
          view(settings)
        )}
      </main>
    </div>
  );
}
