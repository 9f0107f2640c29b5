import { PrivacyLink } from '@/components/privacy/PrivacyLink';
import { type Locale, translate } from '@/storage/i18n';

/** Settings: where the privacy policy is. */
export function PrivacySection({ locale }: { locale: Locale }) {
  return (
    <section class="panel" aria-labelledby="privacy-section-heading">
      <h2 id="privacy-section-heading">{translate(locale, 'privacy_link')}</h2>
      <p class="hint">{translate(locale, 'privacy_linkHint')}</p>
      <p>
        <PrivacyLink locale={locale} />
      </p>
    </section>
  );
}
