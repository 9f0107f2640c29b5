import { LiveNotices } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import type { SaveSettings } from './save-settings';
import { useSaveNotice } from './use-save-notice';

interface Props {
  locale: Locale;
  reminder: Settings['weeklyReminder'];
  save: SaveSettings;
}

/** ISO weekdays, 1 = Monday … 7 = Sunday, as the setting stores them. */
const WEEKDAYS: readonly [number, MessageKey][] = [
  [1, 'settings_weekday1'],
  [2, 'settings_weekday2'],
  [3, 'settings_weekday3'],
  [4, 'settings_weekday4'],
  [5, 'settings_weekday5'],
  [6, 'settings_weekday6'],
  [7, 'settings_weekday7'],
];

/** The weekly notification that last week's digest is ready: on or off, and on which day (09:00). */
export function ReminderSection({ locale, reminder, save }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const { notice, saveChange } = useSaveNotice(locale, save);

  return (
    <section class="panel" aria-labelledby="reminder-heading">
      <h2 id="reminder-heading">{t('settings_reminderHeading')}</h2>
      <p class="hint" id="reminder-hint">
        {t('settings_reminderHint')}
      </p>
      <div class="toggle">
        <input
          id="reminder-enabled"
          type="checkbox"
          checked={reminder.enabled}
          aria-describedby="reminder-hint"
          onChange={(event) =>
            saveChange({ weeklyReminder: { ...reminder, enabled: event.currentTarget.checked } })
          }
        />
        <label for="reminder-enabled">{t('settings_reminderEnabled')}</label>
      </div>
      <div class="field">
        <label for="reminder-weekday">{t('settings_reminderWeekday')}</label>
        <select
          id="reminder-weekday"
          value={String(reminder.weekday)}
          disabled={!reminder.enabled}
          onChange={(event) =>
            saveChange({ weeklyReminder: { ...reminder, weekday: Number(event.currentTarget.value) } })
          }
        >
          {WEEKDAYS.map(([day, key]) => (
            <option key={day} value={String(day)}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <LiveNotices notice={notice} />
    </section>
  );
}
