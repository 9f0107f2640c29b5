import { type Locale, translate } from '../i18n';
import type { Learner } from '../schemas/learner';

/** "Learner: 王芳 · 20190123 · 学生工作部", the fields the learner set, in that order. */
export function learnerText(learner: Learner, locale: Locale): string {
  const parts = [learner.name, learner.staffNumber, learner.unit].filter((part) => part !== undefined);
  return translate(locale, 'digest_learner', parts.join(' · '));
}

/** The signed line with what a signature proves and does not, as the product says wherever it shows one. */
export function signedText(fingerprint: string, locale: Locale): string {
  return translate(locale, 'digest_signed', fingerprint);
}
