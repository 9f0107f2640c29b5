import { useEffect, useRef, useState } from 'preact/hooks';
import { type Locale, translate } from '@/storage/i18n';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { checkFields, type EditFields, type FieldErrors, fieldsOf, TEXT_MAX } from './edit-fields';
import { LimitedTextField } from './LimitedTextField';
import type { ReflectionChanges } from './reflections-actions';

interface Props {
  locale: Locale;
  row: ReflectionRow;
  /** Resolves when saved; rejects (the form shows the error and keeps the text) when it was not. */
  save: (changes: ReflectionChanges) => Promise<void>;
  cancel: () => void;
}

/** The edit form of one reflection: the fields and limits of the card (学 required, ≤ 5000 each). */
export function ReflectionEditForm({ locale, row, save, cancel }: Props) {
  const [fields, setFields] = useState<EditFields>(() => fieldsOf(row));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Opening the form puts the keyboard in its first field (学).
  useEffect(() => formRef.current?.querySelector('textarea')?.focus(), []);
  const t = (key: Parameters<typeof translate>[1], ...rest: (string | number)[]) =>
    translate(locale, key, ...rest);
  const set = (name: keyof EditFields) => (value: string | boolean) =>
    setFields({ ...fields, [name]: value });
  const errorOf = (name: keyof FieldErrors) => {
    const key = errors[name];
    return key === undefined ? '' : t(key, TEXT_MAX);
  };
  const id = (name: string) => `edit-${row.id}-${name}`;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const checked = checkFields(fields);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await save(checked.changes);
    } catch (error) {
      setFailure(t('reflections_saveFailed', String(error instanceof Error ? error.message : error)));
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      class="reflection-edit"
      onSubmit={onSubmit}
      onKeyDown={(e) => e.key === 'Escape' && cancel()}
      noValidate
    >
      <LimitedTextField
        locale={locale}
        id={id('learned')}
        label={t('reflections_learned')}
        value={fields.learned}
        max={TEXT_MAX}
        required
        error={errorOf('learned')}
        onInput={set('learned')}
      />
      <LimitedTextField
        locale={locale}
        id={id('thought')}
        label={t('reflections_thought')}
        value={fields.thought}
        max={TEXT_MAX}
        error={errorOf('thought')}
        onInput={set('thought')}
      />
      <LimitedTextField
        locale={locale}
        id={id('apply')}
        label={t('reflections_apply')}
        value={fields.apply}
        max={TEXT_MAX}
        error={errorOf('apply')}
        onInput={set('apply')}
      />
      <div class="field">
        <label for={id('topics')}>{t('reflections_topics')}</label>
        <p id={`${id('topics')}-hint`} class="hint">
          {t('reflections_topicsHint')}
        </p>
        <input
          id={id('topics')}
          type="text"
          value={fields.topics}
          autocomplete="off"
          aria-invalid={errors.topics ? 'true' : undefined}
          aria-describedby={`${id('topics')}-hint ${id('topics')}-error`}
          onInput={(event) => set('topics')(event.currentTarget.value)}
        />
        <div id={`${id('topics')}-error`} class="field-error" role="alert">
          {errors.topics && <p>{t(errors.topics)}</p>}
        </div>
      </div>
      <div class="field">
        <label for={id('rating')}>{t('reflections_rating')}</label>
        <select
          id={id('rating')}
          value={fields.rating}
          onChange={(event) => set('rating')(event.currentTarget.value)}
        >
          <option value="">{t('reflections_noRating')}</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {t('reflections_ratingValue', n)}
            </option>
          ))}
        </select>
      </div>
      <div class="field checkbox">
        <input
          id={id('case')}
          type="checkbox"
          checked={fields.isCase}
          onChange={(event) => set('isCase')(event.currentTarget.checked)}
        />
        <label for={id('case')}>{t('reflections_isCase')}</label>
      </div>
      <div role="alert" class="field-error">
        {failure !== '' && <p>{failure}</p>}
      </div>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('reflections_save')}
        </button>
        <button type="button" onClick={cancel}>
          {t('reflections_cancel')}
        </button>
      </div>
    </form>
  );
}
