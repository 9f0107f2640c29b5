import { browser } from '#imports';
import {
  writeFailingClosed as enClosed,
  extName as enName,
  writeFailingOther as enOther,
  writeFailingQuota as enQuota,
  writeFailingBadgeTitle as enTitle,
} from '@/public/_locales/en/messages.json';
import {
  writeFailingClosed as zhClosed,
  extName as zhName,
  writeFailingOther as zhOther,
  writeFailingQuota as zhQuota,
  writeFailingBadgeTitle as zhTitle,
} from '@/public/_locales/zh_CN/messages.json';
import type { Locale } from '@/storage/i18n';
import type { WriteStatus } from '@/storage/schemas/write-status';

/** Only the strings the toolbar needs: the background bundle carries no whole locale catalog. */
const TEXT = {
  en: { name: enName, title: enTitle, quota: enQuota, closed: enClosed, other: enOther },
  zh_CN: { name: zhName, title: zhTitle, quota: zhQuota, closed: zhClosed, other: zhOther },
} as const;

export const FAILING_BADGE = '!';
const FAILING_COLOR = '#c5221f';

/** A failing write shows on the toolbar as a red "!" whose title says why; a success clears it. */
export async function showWriteStatus(status: WriteStatus, locale: Locale): Promise<void> {
  const text = TEXT[locale];
  if (status.ok) {
    await browser.action.setBadgeText({ text: '' });
    await browser.action.setTitle({ title: text.name.message });
    return;
  }
  await browser.action.setBadgeBackgroundColor({ color: FAILING_COLOR });
  await browser.action.setBadgeText({ text: FAILING_BADGE });
  await browser.action.setTitle({ title: text.title.message.replace('$1', text[status.reason].message) });
}
