import { daysText } from '../days-text';
import { type Locale, type MessageKey, translate } from '../i18n';
import type { Digest } from '../schemas/digest';
import type { SessionKind } from '../schemas/rows';
import { periodGoalMinutes, previousPeriod } from './period';

/*
 * Plain text pieces every renderer shares: numbers, dates and labels in the chosen locale. They return
 * unescaped text; each renderer escapes for its own format.
 */

/** The BCP 47 tag of a locale, for `lang` attributes and `Intl`. */
export function languageTag(locale: Locale): 'zh-CN' | 'en' {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A minutes number as the digest holds it (one decimal at most), without grouping separators. */
export function formatNumber(value: number, locale: Locale): string {
  let formatter = numberFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(languageTag(locale), { maximumFractionDigits: 1, useGrouping: false });
    numberFormats.set(locale, formatter);
  }
  return formatter.format(value);
}

/** A change with its sign: "+12.5", "-3", "0". */
export function formatSigned(value: number, locale: Locale): string {
  return (value > 0 ? '+' : '') + formatNumber(value, locale);
}

/** "12.5 分钟" / "12.5 min". */
export function minutesText(minutes: number, locale: Locale): string {
  return translate(locale, 'digest_minutesValue', formatNumber(minutes, locale));
}

const weekdayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** The short weekday of a local date: 周一 / Mon. */
export function weekdayOf(date: string, locale: Locale): string {
  let formatter = weekdayFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(languageTag(locale), { weekday: 'short', timeZone: 'UTC' });
    weekdayFormats.set(locale, formatter);
  }
  return formatter.format(Date.parse(`${date}T12:00:00Z`));
}

const KIND_LABELS: Record<SessionKind, MessageKey> = {
  input: 'digest_kindInput',
  media: 'digest_kindMedia',
  'background-audio': 'digest_kindBackgroundAudio',
  manual: 'digest_kindManual',
};

/** How a session was counted, in words. */
export function kindLabel(kind: SessionKind, locale: Locale): string {
  return translate(locale, KIND_LABELS[kind]);
}

/** The sentence on how time was counted, with the settings in force. */
export function methodText(method: Digest['method'], locale: Locale): string {
  const audio = method.countBackgroundAudio
    ? 'digest_backgroundAudioCounted'
    : 'digest_backgroundAudioNotCounted';
  return translate(
    locale,
    'digest_methodText',
    method.idleSeconds,
    method.heartbeatSeconds,
    translate(locale, audio),
  );
}

/** The totals as label / value pairs, in the order every renderer shows them. */
export function totalsRows(digest: Digest, locale: Locale): [label: string, value: string][] {
  const { totals } = digest;
  const days = (count: number) => daysText(count, locale);
  return [
    [translate(locale, 'digest_activeMinutes'), minutesText(totals.activeMinutes, locale)],
    [translate(locale, 'digest_mediaMinutes'), minutesText(totals.mediaMinutes, locale)],
    [translate(locale, 'digest_manualMinutes'), minutesText(totals.manualMinutes, locale)],
    [translate(locale, 'digest_daysStudied'), days(totals.daysStudied)],
    [translate(locale, 'digest_sessionCount'), String(totals.sessionCount)],
    [translate(locale, 'digest_currentStreak'), days(totals.currentStreakDays)],
    [translate(locale, 'digest_longestStreak'), days(totals.longestStreakDays)],
  ];
}

/** The goal sentence, or that no goal is set. */
export function goalText(digest: Digest, locale: Locale): string {
  if (digest.goal.weeklyMinutes <= 0) return translate(locale, 'digest_noGoal');
  return translate(
    locale,
    'digest_goalLine',
    formatNumber(digest.goal.weeklyMinutes, locale),
    formatNumber(periodGoalMinutes(digest), locale),
    digest.goal.percent,
  );
}

/** The change from the previous period of the same length. */
export function changeText(digest: Digest, locale: Locale): string {
  const previous = previousPeriod(digest);
  return translate(
    locale,
    'digest_changeLine',
    previous.start,
    previous.end,
    formatNumber(digest.previous.activeMinutes, locale),
    formatSigned(digest.previous.deltaMinutes, locale),
  );
}

/** What separates a label from its value: "学：…" in Chinese, "Learned: …" in English. */
export function colon(locale: Locale): string {
  return locale === 'zh_CN' ? '：' : ': ';
}

/** Topics of one reflection on one line. */
export function joinTopics(topics: readonly string[], locale: Locale): string {
  return topics.join(locale === 'zh_CN' ? '、' : '; ');
}
