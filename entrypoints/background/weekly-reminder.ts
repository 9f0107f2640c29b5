import { browser } from '#imports';
// Named imports of two keys, not storage/i18n's whole catalogs: the background bundle stays small.
import { reminderMessage as enMessage, reminderTitle as enTitle } from '@/public/_locales/en/messages.json';
import {
  reminderMessage as zhMessage,
  reminderTitle as zhTitle,
} from '@/public/_locales/zh_CN/messages.json';
import { resolveLocale } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import { resolveTimeZone } from '@/storage/tracking/local-day';
import { lastFullWeek, nextWeekdayAt } from '@/storage/tracking/weeks';

const ALARM = 'weekly-digest-reminder';
const NOTIFICATION_PREFIX = 'weekly-digest:';
const REMINDER_HOUR = 9;

/** The dashboard's Digest view on one week. */
export function digestViewUrl(weekStart: string): string {
  return browser.runtime.getURL(`/dashboard.html#/digest/${weekStart}`);
}

/**
 * On the chosen weekday at 09:00 a notification says last week's digest is ready; clicking it opens the
 * Digest view on that week. One alarm, re-armed after it fires and whenever the settings change.
 */
export function setupWeeklyReminder(settings: () => Settings, ready: Promise<unknown>) {
  const arm = async () => {
    const { weeklyReminder, timeZone } = settings();
    await browser.alarms.clear(ALARM);
    if (!weeklyReminder.enabled) return;
    const when = nextWeekdayAt(Date.now(), weeklyReminder.weekday, REMINDER_HOUR, resolveTimeZone(timeZone));
    await browser.alarms.create(ALARM, { when });
  };

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== ALARM) return;
    await ready;
    const current = settings();
    if (current.weeklyReminder.enabled) {
      const week = lastFullWeek(Date.now(), resolveTimeZone(current.timeZone));
      const locale = resolveLocale(current.locale, browser.i18n.getUILanguage());
      const text =
        locale === 'en' ? { title: enTitle, body: enMessage } : { title: zhTitle, body: zhMessage };
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${week.start}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: text.title.message,
        message: text.body.message.replace('$1', week.start).replace('$2', week.end),
      });
    }
    await arm();
  });

  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.tabs.create({ url: digestViewUrl(id.slice(NOTIFICATION_PREFIX.length)) });
    void browser.notifications.clear(id);
  });

  void ready.then(arm);
  return { rearm: () => void arm() };
}
