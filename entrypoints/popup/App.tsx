import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { TodayCard } from '@/components/TodayCard';
import { useLiveQuery } from '@/components/use-live-query';
import { resolveLocale, translate } from '@/storage/i18n';
import { readTodaySummary } from '@/storage/repositories/summary';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { loadSettings, watchSettings } from '@/storage/settings';
import { resolveTimeZone } from '@/storage/tracking/local-day';
import { openSegmentCount } from './open-segments';
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
      readTodaySummary(now, timeZone, settings.heartbeatSeconds),
      openSegmentCount(),
    ]);
    return today.latest
      ? { ...today, latest: { ...today.latest, active: today.latest.active && open > 0 } }
      : today;
  }, [now, timeZone, settings.heartbeatSeconds]);
  const locale = resolveLocale(settings.locale, browser.i18n.getUILanguage());
  const writeStatus = useWriteStatus();
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);
  const openDashboard = (hash: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
    window.close();
  };
  return (
    <>
      <TodayCard locale={locale} summary={summary} settings={settings} writeStatus={writeStatus} />
      <nav class="links" aria-label={translate(locale, 'popupLinks')}>
        <button type="button" onClick={() => openDashboard('#/digest')}>
          {translate(locale, 'popupOpenDigest')}
        </button>
        <button type="button" onClick={() => openDashboard('#/settings')}>
          {translate(locale, 'popupOpenSettings')}
        </button>
      </nav>
    </>
  );
}
