import { LiveNotices } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import type { SaveSettings } from './save-settings';
import { useSaveNotice } from './use-save-notice';

interface Props {
  locale: Locale;
  setting: Settings['locale'];
  save: SaveSettings;
}

/** Each choice, with the language its own name is written in (for screen readers' pronunciation). */
const CHOICES: readonly [Settings['locale'], MessageKey, string | undefined][] = [
  ['auto', 'settings_languageAuto', undefined],
  ['zh_CN', 'settings_languageZh', 'zh-CN'],
  ['en', 'settings_languageEn', 'en'],
];

/** The interface language: the browser's, Chinese or English; the page switches at once. */
export function LanguageSection({ locale, setting, save }: Props) {
  const t = (key: MessageKey) => translate(locale, key);
  const { notice, saveChange } = useSaveNotice(locale, save);
  return (
    <section class="panel" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('settings_languageHeading')}</h2>
      <div class="field">
        <label for="language">{t('settings_language')}</label>
        <select
          id="language"
          value={setting}
          onChange={(event) => {
            const chosen = CHOICES.find(([value]) => value === event.currentTarget.value);
            if (chosen) saveChange({ locale: chosen[0] });
          }}
        >
          {CHOICES.map(([value, key, lang]) => (
            <option key={value} value={value} lang={lang}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <LiveNotices notice={notice} />
    </section>
  );
}
