/** UI and document text from the locale files (public/_locales), usable by pure code: renderers, the UI. */
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof zhCN;
export type Locale = 'zh_CN' | 'en';

const CATALOGS: Record<Locale, Record<string, { message: string }>> = { zh_CN: zhCN, en };

/** The UI locale: the setting, or for 'auto' English when the browser speaks English, else Chinese. */
export function resolveLocale(setting: 'auto' | Locale, uiLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('en') ? 'en' : 'zh_CN';
}

/** A UI string from the locale files, with `$1`… substituted. Both catalogs have every key (tested). */
export function translate(locale: Locale, key: MessageKey, ...substitutions: (string | number)[]): string {
  const template = CATALOGS[locale][key]?.message ?? zhCN[key].message;
  return template.replace(/\$(\d)/g, (_, index: string) => String(substitutions[Number(index) - 1] ?? ''));
}
