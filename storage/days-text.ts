import { type Locale, translate } from './i18n';

const plurals = new Map<Locale, Intl.PluralRules>();

/** "1 day" / "3 days" / "3 天": a count of days, plural by `Intl.PluralRules`, grouped as the locale writes it. */
export function daysText(count: number, locale: Locale): string {
  const tag = locale === 'en' ? 'en' : 'zh-CN';
  let rules = plurals.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    plurals.set(locale, rules);
  }
  const key = rules.select(count) === 'one' ? 'year_daysOne' : 'year_daysOther';
  return translate(locale, key, new Intl.NumberFormat(tag).format(count));
}
