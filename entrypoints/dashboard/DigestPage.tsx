import { useMemo } from 'preact/hooks';
import { browser } from '#imports';
import { DigestView } from '@/components/digest/DigestView';
import type { Locale } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import { resolveTimeZone } from '@/storage/tracking/local-day';
import { lastFullWeek, weekContaining } from '@/storage/tracking/weeks';
import { browserDigestActions } from './digest-actions';

interface Props {
  locale: Locale;
  /** Local `YYYY-MM-DD` from the address; the digest is of the week containing it. */
  weekStart?: string;
  settings: Settings;
}

/** The Digest view on the week in the address, by default the last full week. */
export function DigestPage({ locale, weekStart, settings }: Props) {
  const timeZone = resolveTimeZone(settings.timeZone);
  const week = weekStart ? weekContaining(weekStart) : lastFullWeek(Date.now(), timeZone);
  const actions = useMemo(
    () => browserDigestActions(() => settings, browser.runtime.getManifest().version),
    [settings],
  );
  return <DigestView locale={locale} week={week} actions={actions} />;
}
