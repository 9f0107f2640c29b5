import { type Locale, type MessageKey, translate } from '../i18n';

/** Every UI string of the reflection form: sent to the card with its context, so the page loads no catalog. */
export const FORM_TEXT_KEYS = [
  'reflect_cardTitle',
  'reflect_cardLabel',
  'reflect_cardIntro',
  'reflect_topics',
  'reflect_topicInput',
  'reflect_topicRemove',
  'reflect_suggestions',
  'reflect_learned',
  'reflect_learnedPrompt',
  'reflect_thought',
  'reflect_thoughtPrompt',
  'reflect_apply',
  'reflect_applyPrompt',
  'reflect_counter',
  'reflect_rating',
  'reflect_ratingValue',
  'reflect_ratingNone',
  'reflect_isCase',
  'reflect_save',
  'reflect_saving',
  'reflect_later',
  'reflect_notToday',
  'reflect_close',
  'reflect_learnedEmpty',
  'reflect_saved',
  'reflect_storageFull',
  'reflect_invalid',
  'reflect_noExtension',
  'reflect_draftBack',
] as const satisfies readonly MessageKey[];
export type FormTextKey = (typeof FORM_TEXT_KEYS)[number];

/** The form's strings in one locale, with `$1`… left in place for the form to fill. */
export function formText(locale: Locale): Record<FormTextKey, string> {
  return Object.fromEntries(FORM_TEXT_KEYS.map((key) => [key, translate(locale, key, '$1', '$2')])) as Record<
    FormTextKey,
    string
  >;
}
