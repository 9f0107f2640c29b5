import { type Locale, type MessageKey, translate } from '@/storage/i18n';

/** The policy's sections: a heading and its statements (docs/privacy.md names the test behind each). */
const SECTIONS: readonly { id: string; heading: MessageKey; items: readonly MessageKey[] }[] = [
  {
    id: 'recorded',
    heading: 'privacy_recordedHeading',
    items: ['privacy_recorded1', 'privacy_recorded2', 'privacy_recorded3'],
  },
  {
    id: 'never',
    heading: 'privacy_neverHeading',
    items: ['privacy_never1', 'privacy_never2', 'privacy_never3'],
  },
  { id: 'where', heading: 'privacy_whereHeading', items: ['privacy_where'] },
  {
    id: 'leaves',
    heading: 'privacy_leavesHeading',
    items: ['privacy_leaves1', 'privacy_leaves2', 'privacy_leaves3'],
  },
  { id: 'school', heading: 'privacy_schoolHeading', items: ['privacy_school'] },
  { id: 'erase', heading: 'privacy_eraseHeading', items: ['privacy_erase'] },
];

/** The privacy policy as shown inside the extension (the same statements as docs/privacy.md). */
export function PrivacyPolicy({ locale }: { locale: Locale }) {
  const t = (key: MessageKey) => translate(locale, key);
  return (
    <article class="privacy-policy">
      <h1>{t('privacy_title')}</h1>
      <p>{t('privacy_intro')}</p>
      {SECTIONS.map((section) => (
        <section
          key={section.id}
          aria-labelledby={`privacy-${section.id}`}
          data-testid={`privacy-${section.id}`}
        >
          <h2 id={`privacy-${section.id}`}>{t(section.heading)}</h2>
          {section.items.length === 1 ? (
            <p>{t(section.items[0] as MessageKey)}</p>
          ) : (
            <ul>
              {section.items.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p class="muted">{t('privacy_contact')}</p>
    </article>
  );
}
