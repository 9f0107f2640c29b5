import { type Locale, translate } from '@/storage/i18n';

/** A link to the extension's own privacy page (privacy.html, next to the dashboard and the popup). */
export function PrivacyLink({ locale }: { locale: Locale }) {
  return (
    <a href="/privacy.html" target="_blank" rel="noopener" data-testid="privacy-link">
      {translate(locale, 'privacy_link')}
    </a>
  );
}
