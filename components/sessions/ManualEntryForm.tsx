import { useEffect, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import {
  type CourseChoice,
  MANUAL_MAX_MINUTES,
  type ManualEntryError,
  type ManualEntryInput,
  manualEntryToRow,
} from '@/storage/manual/manual-entry';
import { COURSE_NAME_MAX } from '@/storage/schemas/course-name';
import { SESSION_NOTE_MAX, type SessionRow } from '@/storage/schemas/rows';
import { localDate } from '@/storage/tracking/local-day';

interface Props {
  locale: Locale;
  timeZone: string;
  now: number;
  choices: readonly CourseChoice[];
  /** The row's id: a new one, or the edited row's. */
  id: string;
  /** The edited row's values; a new entry starts on today. */
  initial?: ManualEntryInput;
  submit: (row: SessionRow) => Promise<void>;
  cancel?: () => void;
}

const NEW_COURSE = '';
const ERROR_KEY: Record<ManualEntryError, MessageKey> = {
  date: 'manual_error_date',
  future: 'manual_error_future',
  start: 'manual_error_start',
  length: 'manual_error_length',
  course: 'manual_error_course',
  courseTitle: 'manual_error_courseTitle',
  note: 'manual_error_note',
  endBeforeStart: 'manual_error_endBeforeStart',
};

/** Study time entered by hand: date, start, length, course (existing or new) and a note; checked before saving. */
export function ManualEntryForm({ locale, timeZone, now, choices, id, initial, submit, cancel }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const today = localDate(now, timeZone);
  const [date, setDate] = useState(initial?.date ?? today);
  const [startTime, setStartTime] = useState(initial?.startTime ?? '');
  const [minutes, setMinutes] = useState(initial ? String(initial.minutes) : '');
  const [courseKey, setCourseKey] = useState(initial?.courseKey ?? choices[0]?.courseKey ?? NEW_COURSE);
  const [newCourseTitle, setNewCourseTitle] = useState('');
  const [note, setNote] = useState(initial?.note ?? '');
  const [error, setError] = useState<{ field: keyof ManualEntryInput; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Choices arrive after the form: a new entry then starts on the first course rather than "new".
  useEffect(() => {
    if (!initial && courseKey === NEW_COURSE && choices[0]) setCourseKey(choices[0].courseKey);
  }, [choices]);

  const prefix = `manual-${initial ? 'edit' : 'new'}`;
  const fieldId = (field: keyof ManualEntryInput) => `${prefix}-${field}`;
  const errorId = `${prefix}-error`;
  const invalid = (field: keyof ManualEntryInput) =>
    error?.field === field ? { 'aria-invalid': 'true' as const, 'aria-describedby': errorId } : {};

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const text = minutes.trim();
    const input: ManualEntryInput = {
      date,
      startTime,
      minutes: /^\d+$/.test(text) ? Number(text) : Number.NaN,
      courseKey,
      newCourseTitle: courseKey === NEW_COURSE ? newCourseTitle : '',
      note,
    };
    const result = manualEntryToRow(input, { id, now, timeZone, courses: choices });
    if (!result.ok) {
      const limit = result.error === 'note' ? SESSION_NOTE_MAX : COURSE_NAME_MAX;
      setError({ field: result.field, text: t(ERROR_KEY[result.error], limit) });
      requestAnimationFrame(() => document.getElementById(fieldId(result.field))?.focus());
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await submit(result.row);
    } catch (failure) {
      setError({
        field: 'date',
        text: t('manual_failed', failure instanceof Error ? failure.message : String(failure)),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="manual-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      data-testid={`${prefix}-form`}
    >
      <div class="field">
        <label for={fieldId('date')}>{t('manual_date')}</label>
        <input
          id={fieldId('date')}
          type="date"
          max={today}
          value={date}
          onInput={(e) => setDate(e.currentTarget.value)}
          {...invalid('date')}
        />
      </div>
      <div class="field">
        <label for={fieldId('startTime')}>{t('manual_startTime')}</label>
        <input
          id={fieldId('startTime')}
          type="time"
          value={startTime}
          onInput={(e) => setStartTime(e.currentTarget.value)}
          {...invalid('startTime')}
        />
      </div>
      <div class="field">
        <label for={fieldId('minutes')}>{t('manual_minutes')}</label>
        <input
          id={fieldId('minutes')}
          type="number"
          inputMode="numeric"
          min={1}
          max={MANUAL_MAX_MINUTES}
          step={1}
          value={minutes}
          aria-describedby={
            error?.field === 'minutes' ? `${errorId} ${prefix}-minutes-hint` : `${prefix}-minutes-hint`
          }
          aria-invalid={error?.field === 'minutes' ? 'true' : undefined}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
        <span id={`${prefix}-minutes-hint`} class="hint">
          {t('manual_minutesHint')}
        </span>
      </div>
      <div class="field">
        <label for={fieldId('courseKey')}>{t('manual_course')}</label>
        <select
          id={fieldId('courseKey')}
          value={courseKey}
          onChange={(e) => setCourseKey(e.currentTarget.value)}
          {...invalid('courseKey')}
        >
          {choices.map((choice) => (
            <option key={choice.courseKey} value={choice.courseKey}>
              {choice.title}
            </option>
          ))}
          <option value={NEW_COURSE}>{t('manual_newCourse')}</option>
        </select>
      </div>
      {courseKey === NEW_COURSE && (
        <div class="field">
          <label for={fieldId('newCourseTitle')}>{t('manual_newCourseTitle')}</label>
          <input
            id={fieldId('newCourseTitle')}
            type="text"
            value={newCourseTitle}
            onInput={(e) => setNewCourseTitle(e.currentTarget.value)}
            {...invalid('newCourseTitle')}
          />
        </div>
      )}
      <div class="field wide">
        <label for={fieldId('note')}>{t('manual_note')}</label>
        <textarea
          id={fieldId('note')}
          rows={2}
          value={note}
          aria-describedby={
            error?.field === 'note' ? `${errorId} ${prefix}-note-hint` : `${prefix}-note-hint`
          }
          aria-invalid={error?.field === 'note' ? 'true' : undefined}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <span id={`${prefix}-note-hint`} class="hint">
          {t('manual_noteHint', SESSION_NOTE_MAX)}
        </span>
      </div>
      {error !== null && (
        <p id={errorId} class="field-error" role="alert" data-testid="manual-error">
          {error.text}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {initial ? t('manual_save') : t('manual_add')}
        </button>
        {cancel && (
          <button type="button" onClick={cancel}>
            {t('manual_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
