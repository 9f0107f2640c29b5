import { useMemo } from 'preact/hooks';
import { WeekView } from '@/components/week/WeekView';
import { YearView } from '@/components/year/YearView';
import type { Locale } from '@/storage/i18n';
import { prefetchYearSessions } from '@/storage/repositories/stats-source';
import type { Settings } from '@/storage/schemas/settings';
import { localDate, resolveTimeZone } from '@/storage/tracking/local-day';
import { weekContaining } from '@/storage/tracking/weeks';
import { parseRoute } from './route';
import { browserWeekActions, browserYearActions } from './stats-actions';
import './stats.css';

// Opened on the Year view: its rows are read while the page boots (the settings are not loaded yet).
const opening = parseRoute(location.hash);
if (opening.view === 'year') prefetchYearSessions(opening.year ?? new Date().getFullYear());

interface Props {
  locale: Locale;
  settings: Settings;
}

/** The Week view on the week containing the day in the address, by default this week. */
export function WeekPage({ locale, settings, day }: Props & { day?: string }) {
  const today = localDate(Date.now(), resolveTimeZone(settings.timeZone));
  const week = weekContaining(day ?? today);
  // New actions (and a new read) when the settings change: the goal, the zone or the unit.
  const actions = useMemo(() => browserWeekActions(() => settings), [settings]);
  return (
    <WeekView locale={locale} week={week} today={today} unit={settings} actions={actions} selectedDay={day} />
  );
}

/** The Year view on the year in the address, by default this year. */
export function YearPage({ locale, settings, year }: Props & { year?: number }) {
  const today = localDate(Date.now(), resolveTimeZone(settings.timeZone));
  const actions = useMemo(() => browserYearActions(() => settings), [settings]);
  return (
    <YearView
      locale={locale}
      year={year ?? Number(today.slice(0, 4))}
      today={today}
      unit={settings}
      actions={actions}
    />
  );
}
