import { type Locale, translate } from '@/storage/i18n';
import './set-by-school.css';

/** The mark on a portal or platform the school set: the learner sees why it cannot be removed. */
export function SetBySchool({ locale, id }: { locale: Locale; id?: string }) {
  return (
    <span class="set-by-school" id={id} data-testid="set-by-school">
      {translate(locale, 'managed_setBySchool')}
    </span>
  );
}
