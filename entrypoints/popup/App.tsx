import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PopupPlanLine } from '@/components/plans/PopupPlanLine';
import { usePopupPlan } from '@/components/plans/use-popup-plan';
import { TodayCard } from '@/components/TodayCard';
import { useLiveQuery } from '@/components/use-live-query';
import { resolveLocale, translate } from '@/storage/i18n';
import { readStreakDays } from '@/storage/repositories/recent-days';
import { readPopupSummary } from '@/storage/repositories/summary';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { loadSettings, saveSettings, watchSettings } from '@/storage/settings';
import { resolveTimeZone } from '@/storage/tracking/local-day';
import { isoWeekOf } from '@/storage/tracking/weeks';
import { useActiveTab } from './active-tab';
import { NowStatus } from './NowStatus';
import { nowStatus } from './now-status';
import { openSegmentCount } from './open-segments';
import { PauseControls } from './PauseControls';
import { ReflectNow } from './ReflectNow';
import { useWriteStatus } from './write-status';

/** Re-reads the clock so "studying now" and today's date stay true while the popup is open. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const now = useNow(15_000);
  const timeZone = resolveTimeZone(settings.timeZone);
  const summary = useLiveQuery(async () => {
    const [today, open] = await Promise.all([
      readPopupSummary(now, timeZone, settings.heartbeatSeconds),
      openSegmentCount(),
    ]);
    const latest = today.latest && { ...today.latest, active: today.latest.active && open > 0 };
    return { ...today, latest };
  }, [now, timeZone, settings.heartbeatSeconds]);
  // After the numbers and apart from them: a long streak (older days read in chunks) never holds back
  // their first paint.
  const perDay = summary.status === 'ready' ? summary.value.perDay : undefined;
  const streak = useLiveQuery(
    async () => (perDay ? readStreakDays(now, timeZone, perDay) : undefined),
    [now, timeZone, perDay],
  );
  // Plans are read after today's numbers are shown: they never hold back the first paint.
  const plan = usePopupPlan(now, settings, perDay !== undefined);
  const locale = resolveLocale(settings.locale, browser.i18n.getUILanguage());
  const writeStatus = useWriteStatus();
  const activeTab = useActiveTab();
  const status =
    activeTab &&
    nowStatus({ url: activeTab.url, settings, now: Date.now(), tab: activeTab.status, writeStatus });
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);
  const openDashboard = (hash: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
    window.close();
  };
  return (
    <>
      <TodayCard
        locale={locale}
        summary={summary}
        settings={plan.settings}
        writeStatus={writeStatus}
        streakDays={streak.status === 'ready' ? streak.value : undefined}
      />
      <PopupPlanLine locale={locale} glance={plan.glance} />
      <NowStatus locale={locale} status={status} />
      <PauseControls
        locale={locale}
        settings={settings}
        timeZone={timeZone}
        now={Date.now()}
        save={saveSettings}
      />
      <ReflectNow locale={locale} timeZone={timeZone} now={now} />
      <nav class="links" aria-label={translate(locale, 'popupLinks')}>
        <button
          type="button"
          data-testid="open-week-digest"
          onClick={() => openDashboard(`#/digest/${isoWeekOf(now, timeZone).start}`)}
        >
          {translate(locale, 'popupOpenWeekDigest')}
        </button>
        <button type="button" data-testid="open-dashboard" onClick={() => openDashboard('')}>
          {translate(locale, 'popupOpenDashboard')}
        </button>
        <button type="button" onClick={() => openDashboard('#/settings')}>
          {translate(locale, 'popupOpenSettings')}
        </button>
      </nav>
    </>
  );
}
