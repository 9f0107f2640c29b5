import { browser } from '#imports';
import {
  planReminderBehindBody as enBehindBody,
  planReminderBehindTitle as enBehindTitle,
  planReminderDeadlineBody as enDeadlineBody,
  planReminderDeadlineTitle as enDeadlineTitle,
} from '@/public/_locales/en/messages.json';
import {
  planReminderBehindBody as zhBehindBody,
  planReminderBehindTitle as zhBehindTitle,
  planReminderDeadlineBody as zhDeadlineBody,
  planReminderDeadlineTitle as zhDeadlineTitle,
} from '@/public/_locales/zh_CN/messages.json';
import { resolveLocale } from '@/storage/i18n';
import { type DueReminder, dueReminders, type ReminderPlan } from '@/storage/plans/reminder-due';
import type { Settings } from '@/storage/schemas/settings';
import { z } from '@/storage/schemas/zod';
import { localDate, resolveTimeZone } from '@/storage/tracking/local-day';

const ALARM = 'plan-reminders';
/** Checked a few times a day: the conditions change with study, not by the minute. */
const PERIOD_MINUTES = 180;
const SENT_KEY = 'planRemindersSent';
const NOTIFICATION_PREFIX = 'plan:';
const sentSchema = z.array(z.string()).catch([]);

/** What the reminders read: every plan's figures now, and the most minutes ever studied in one week. */
export interface PlanReminderSource {
  figures(now: number, timeZone: string): Promise<{ plans: ReminderPlan[]; bestWeekMinutes: number }>;
}

const TEXT = {
  en: {
    'pace-above-best': { title: enBehindTitle.message, body: enBehindBody.message },
    'week-before-deadline': { title: enDeadlineTitle.message, body: enDeadlineBody.message },
  },
  zh_CN: {
    'pace-above-best': { title: zhBehindTitle.message, body: zhBehindBody.message },
    'week-before-deadline': { title: zhDeadlineTitle.message, body: zhDeadlineBody.message },
  },
} as const;

/**
 * Plan reminders as notifications: when a plan's weekly pace needed passes the learner's best week, and a
 * week before its deadline. Each condition notifies once (remembered in storage); off in the settings.
 * Clicking one opens the Plans view.
 */
export function setupPlanReminders(
  settings: () => Settings,
  ready: Promise<unknown>,
  source: PlanReminderSource,
  now: () => number = Date.now,
) {
  const check = async (): Promise<DueReminder[]> => {
    await ready;
    const current = settings();
    if (!current.planReminders) return [];
    const timeZone = resolveTimeZone(current.timeZone);
    const at = now();
    const [{ plans, bestWeekMinutes: best }, stored] = await Promise.all([
      source.figures(at, timeZone),
      browser.storage.local.get(SENT_KEY),
    ]);
    const sent = sentSchema.parse(stored[SENT_KEY]);
    const due = dueReminders(plans, best, localDate(at, timeZone), new Set(sent));
    if (due.length === 0) return due;
    // Remembered before notifying: a crash between the two loses a reminder rather than repeating it.
    await browser.storage.local.set({ [SENT_KEY]: [...sent, ...due.map((reminder) => reminder.key)] });
    const locale = resolveLocale(current.locale, browser.i18n.getUILanguage());
    const deadlines = new Map(plans.map((plan) => [plan.id, plan.deadline]));
    for (const reminder of due) {
      const text = TEXT[locale][reminder.kind];
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${reminder.key}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: text.title,
        message: text.body
          .replace('$1', reminder.planName)
          .replace('$2', deadlines.get(reminder.planId) ?? ''),
      });
    }
    return due;
  };

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === ALARM) await check();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#/plans') });
    void browser.notifications.clear(id);
  });
  void ready.then(() => browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: PERIOD_MINUTES }));
  return { check };
}
