import { useEffect, useRef, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { planErrorMessage } from '@/storage/plans';
import type { PlanError } from '@/storage/schemas/plan';
import { ChoiceList } from './ChoiceList';
import { PlanTextField } from './PlanTextField';
import type { PlanFormValues } from './plan-form-values';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  locale: Locale;
  /** The plan's id when editing, absent for a new plan. */
  editing: boolean;
  initial: PlanFormValues;
  courses: Choice[];
  platforms: Choice[];
  /** Saves; a refusal comes back as the error and nothing was changed. */
  onSave: (values: PlanFormValues) => Promise<PlanError | null>;
  onCancel: () => void;
}

/** The refusal in the learner's language; its text comes from the validation's code. */
export const planErrorText = (locale: Locale, error: PlanError): string => planErrorMessage(error, locale);

/** The field the form focuses for a refusal. */
const FIELD_ID: Record<PlanError['field'], string> = {
  name: 'plan-name',
  organiser: 'plan-organiser',
  requiredClassHours: 'plan-required',
  classHourMinutes: 'plan-minutes-per-hour',
  start: 'plan-start',
  deadline: 'plan-deadline',
  timeZone: 'plan-start',
  counts: 'plan-counts-all',
  countsTowardOthers: 'plan-share',
  creditedClassHours: 'plan-credited',
};

/** Create or edit a plan: labelled fields with help; a refused save shows why at the field and changes nothing. */
export function PlanForm({ locale, editing, initial, courses, platforms, onSave, onCancel }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<PlanError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (change: Partial<PlanFormValues>) => setValues((current) => ({ ...current, ...change }));
  const errorFor = (id: string) =>
    error && FIELD_ID[error.field] === id ? planErrorText(locale, error) : undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const refused = await onSave(values).finally(() => setBusy(false));
    setError(refused);
    if (refused) document.getElementById(FIELD_ID[refused.field])?.focus();
  };
  const text = (
    id: string,
    key: keyof PlanFormValues,
    label: MessageKey,
    hint?: MessageKey,
    type: 'text' | 'number' | 'date' = 'text',
  ) => (
    <PlanTextField
      id={id}
      type={type}
      label={t(label)}
      hint={hint && t(hint)}
      error={errorFor(id)}
      value={values[key] as string}
      onInput={(value) => set({ [key]: value })}
    />
  );

  return (
    <form
      class="plan-form panel"
      onSubmit={submit}
      aria-labelledby="plan-form-heading"
      noValidate
      data-testid="plan-form"
    >
      <h2 id="plan-form-heading" ref={heading} tabIndex={-1}>
        {t(editing ? 'plans_formHeadingEdit' : 'plans_formHeadingNew')}
      </h2>
      {text('plan-name', 'name', 'plans_fieldName', 'plans_fieldNameHint')}
      {text('plan-organiser', 'organiser', 'plans_fieldOrganiser', 'plans_fieldOrganiserHint')}
      {text(
        'plan-required',
        'requiredClassHours',
        'plans_fieldRequired',
        'plans_fieldRequiredHint',
        'number',
      )}
      {text(
        'plan-minutes-per-hour',
        'classHourMinutes',
        'plans_fieldMinutesPerHour',
        'plans_fieldMinutesPerHourHint',
        'number',
      )}
      {text('plan-start', 'start', 'plans_fieldStart', undefined, 'date')}
      {text('plan-deadline', 'deadline', 'plans_fieldDeadline', 'plans_fieldDeadlineHint', 'date')}
      <fieldset
        class="choices"
        aria-describedby={errorFor('plan-counts-all') ? 'plan-counts-all-error' : undefined}
      >
        <legend>{t('plans_fieldCounts')}</legend>
        <div class="choice">
          <input
            id="plan-counts-all"
            type="checkbox"
            checked={values.all}
            onChange={(e) => set({ all: e.currentTarget.checked })}
          />
          <label for="plan-counts-all">{t('plans_countsAll')}</label>
        </div>
        <div class="choice">
          <input
            id="plan-counts-manual"
            type="checkbox"
            checked={values.manual}
            disabled={values.all}
            onChange={(e) => set({ manual: e.currentTarget.checked })}
          />
          <label for="plan-counts-manual">{t('plans_countsManual')}</label>
        </div>
        {!values.all && (
          <>
            <ChoiceList
              idPrefix="plan-course"
              legend={t('plans_fieldCourses')}
              choices={courses}
              chosen={values.courseKeys}
              onChange={(courseKeys) => set({ courseKeys })}
            />
            <ChoiceList
              idPrefix="plan-platform"
              legend={t('plans_fieldPlatforms')}
              choices={platforms}
              chosen={values.platformIds}
              onChange={(platformIds) => set({ platformIds })}
            />
          </>
        )}
        {errorFor('plan-counts-all') && (
          <p id="plan-counts-all-error" class="field-error">
            {errorFor('plan-counts-all')}
          </p>
        )}
      </fieldset>
      <div class="field checkbox">
        <input
          id="plan-share"
          type="checkbox"
          checked={values.countsTowardOthers}
          aria-describedby="plan-share-hint"
          aria-invalid={errorFor('plan-share') ? true : undefined}
          onChange={(e) => set({ countsTowardOthers: e.currentTarget.checked })}
        />
        <label for="plan-share">{t('plans_fieldShare')}</label>
        <p id="plan-share-hint" class="hint">
          {t('plans_fieldShareHint')}
        </p>
        {errorFor('plan-share') && <p class="field-error">{errorFor('plan-share')}</p>}
      </div>
      {text(
        'plan-credited',
        'creditedClassHours',
        'plans_fieldCredited',
        'plans_fieldCreditedHint',
        'number',
      )}
      <p class="notice error" role="alert" data-testid="plan-form-error">
        {error ? `${t('plans_formErrors')} ${planErrorText(locale, error)}` : ''}
      </p>
      <div class="plan-actions">
        <button type="submit" class="primary" disabled={busy} data-testid="plan-save">
          {t('plans_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('plans_cancel')}
        </button>
      </div>
    </form>
  );
}
