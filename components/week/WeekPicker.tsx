import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { shiftWeek, weekContaining } from '@/storage/tracking/weeks';
import { formatLocalDay } from '../charts/calendar-format';

interface Props {
  locale: Locale;
  week: { start: string; end: string };
  /** Local `YYYY-MM-DD` of today in the chosen time zone. */
  today: string;
  showWeek(start: string): void;
}

const LONG_DAY: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
};

/** Previous, this and next week, and a day whose week to show; the shown week in words. */
export function WeekPicker({ locale, week, today, showWeek }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const current = weekContaining(today);
  return (
    <fieldset class="stats-picker">
      <legend class="visually-hidden">{t('week_picker')}</legend>
      <button type="button" onClick={() => showWeek(shiftWeek(week.start, -1).start)}>
        {t('week_previous')}
      </button>
      <button
        type="button"
        aria-pressed={week.start === current.start}
        onClick={() => showWeek(current.start)}
      >
        {t('week_current')}
      </button>
      <button type="button" onClick={() => showWeek(shiftWeek(week.start, 1).start)}>
        {t('week_next')}
      </button>
      <div class="field">
        <label for="week-day">{t('week_pickDate')}</label>
        <input
          id="week-day"
          type="date"
          value={week.start}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) showWeek(weekContaining(value).start);
          }}
        />
      </div>
      <p class="stats-period" data-testid="week-shown">
        {t(
          'week_shown',
          formatLocalDay(week.start, locale, LONG_DAY),
          formatLocalDay(week.end, locale, LONG_DAY),
        )}
      </p>
    </fieldset>
  );
}
