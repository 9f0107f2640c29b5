import { useEffect, useState } from 'preact/hooks';
import { PrivacyPolicy } from '@/components/privacy/PrivacyPolicy';
import { type Locale, resolveLocale, translate } from '@/storage/i18n';
import { loadSettings } from '@/storage/settings';

/** The privacy policy page, in the learner's language (the setting, else the browser's). */
export function App() {
  const [locale, setLocale] = useState<Locale>(resolveLocale('auto', navigator.language));
  useEffect(() => {
    void loadSettings().then((settings) => setLocale(resolveLocale(settings.locale, navigator.language)));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
    document.title = translate(locale, 'privacy_title');
  }, [locale]);
  return <PrivacyPolicy locale={locale} />;
}
