import { useState } from 'preact/hooks';
import { LiveNotices } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { LEARNER_LIMITS, type Learner, learnerSchema } from '@/storage/schemas/learner';
import type { SaveSettings } from './save-settings';
import { useSaveNotice } from './use-save-notice';

interface Props {
  locale: Locale;
  learner: Learner;
  save: SaveSettings;
}

type Field = keyof typeof LEARNER_LIMITS;

const FIELDS: readonly [Field, MessageKey, string][] = [
  ['name', 'settings_identityName', 'name'],
  ['staffNumber', 'settings_identityStaffNumber', 'off'],
  ['unit', 'settings_identityUnit', 'organization'],
];

/** The learner's optional name, 工号 and unit: only the fields set go into digests. */
export function IdentitySection({ locale, learner, save }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const { notice, saveChange } = useSaveNotice(locale, save);
  const [values, setValues] = useState<Record<Field, string>>({
    name: learner.name ?? '',
    staffNumber: learner.staffNumber ?? '',
    unit: learner.unit ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = (event: Event) => {
    event.preventDefault();
    const entered = Object.fromEntries(
      Object.entries(values).flatMap(([field, text]) => (text.trim() ? [[field, text]] : [])),
    );
    const parsed = learnerSchema.safeParse(entered);
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] =
          issue.code === 'too_big'
            ? t('settings_identityTooLong', LEARNER_LIMITS[field])
            : t('settings_identityBadCharacters');
      }
      setErrors(found);
      return;
    }
    setErrors({});
    saveChange({ learner: parsed.data });
  };

  return (
    <section class="panel" aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t('settings_identityHeading')}</h2>
      <p class="hint" id="identity-hint">
        {t('settings_identityHint')}
      </p>
      <form onSubmit={submit} noValidate>
        {FIELDS.map(([field, label, autocomplete]) => (
          <div class="field" key={field}>
            <label for={`identity-${field}`}>{t(label)}</label>
            <input
              id={`identity-${field}`}
              type="text"
              autocomplete={autocomplete}
              value={values[field]}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `identity-${field}-error` : 'identity-hint'}
              onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
            />
            {errors[field] && (
              <p id={`identity-${field}-error`} class="field-error">
                {errors[field]}
              </p>
            )}
          </div>
        ))}
        <div class="actions">
          <button type="submit">{t('settings_identitySave')}</button>
        </div>
      </form>
      <LiveNotices notice={notice} />
    </section>
  );
}
