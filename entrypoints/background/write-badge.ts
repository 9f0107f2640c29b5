import { browser } from '#imports';
import {
  writeFailingClosed as enClosed,
  extName as enName,
  writeFailingOther as enOther,
  pausedBadgeTitle as enPaused,
  writeFailingQuota as enQuota,
  writeFailingBadgeTitle as enTitle,
} from '@/public/_locales/en/messages.json';
import {
  writeFailingClosed as zhClosed,
  extName as zhName,
  writeFailingOther as zhOther,
  pausedBadgeTitle as zhPaused,
  writeFailingQuota as zhQuota,
  writeFailingBadgeTitle as zhTitle,
} from '@/public/_locales/zh_CN/messages.json';
import type { Locale } from '@/storage/i18n';
import type { WriteStatus } from '@/storage/schemas/write-status';

/** Only the strings the toolbar needs: the background bundle carries no whole locale catalog. */
const TEXT = {
  en: { name: enName, title: enTitle, quota: enQuota, closed: enClosed, other: enOther, paused: enPaused },
  zh_CN: { name: zhName, title: zhTitle, quota: zhQuota, closed: zhClosed, other: zhOther, paused: zhPaused },
} as const;

export const FAILING_BADGE = '!';
const FAILING_COLOR = '#c5221f';
/** Two bars, the pause sign, in a grey that reads on light and dark toolbars. */
export const PAUSED_BADGE = '❚❚';
const PAUSED_COLOR = '#5f6368';

/**
 * The toolbar badge, its one owner: a failing write shows as a red "!" whose title says why (it beats a
 * pause: time already studied is at stake), a pause as a grey pause sign; otherwise no badge.
 */
export async function showWriteStatus(status: WriteStatus, locale: Locale, paused = false): Promise<void> {
  const text = TEXT[locale];
  if (status.ok && paused) {
    await browser.action.setBadgeBackgroundColor({ color: PAUSED_COLOR });
    await browser.action.setBadgeText({ text: PAUSED_BADGE });
    await browser.action.setTitle({ title: text.paused.message });
    return;
  }
  if (status.ok) {
    await browser.action.setBadgeText({ text: '' });
    await browser.action.setTitle({ title: text.name.message });
    return;
  }
  await browser.action.setBadgeBackgroundColor({ color: FAILING_COLOR });
  await browser.action.setBadgeText({ text: FAILING_BADGE });
  await browser.action.setTitle({ title: text.title.message.replace('$1', text[status.reason].message) });
}
