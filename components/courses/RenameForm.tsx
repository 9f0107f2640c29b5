import { useEffect, useRef, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { COURSE_NAME_MAX } from '@/storage/schemas/course-name';

interface Props {
  locale: Locale;
  courseKey: string;
  title: string;
  renamed: boolean;
  save: (title: string) => Promise<void>;
  reset: () => Promise<void>;
  close: () => void;
}

/** Inline form for a course's display name; refuses an empty or too long name before anything is stored. */
export function RenameForm({ locale, courseKey, title, renamed, save, reset, close }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [value, setValue] = useState(title);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const id = `rename-${encodeURIComponent(courseKey)}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const name = value.trim();
    if (name === '') return setError(t('courses_renameEmpty'));
    if ([...name].length > COURSE_NAME_MAX) return setError(t('courses_renameTooLong', COURSE_NAME_MAX));
    try {
      await save(name);
    } catch (failure) {
      setError(t('courses_renameFailed', failure instanceof Error ? failure.message : String(failure)));
    }
  };

  return (
    <form class="rename-form" onSubmit={(event) => void submit(event)} noValidate>
      <label for={id}>{t('courses_renameLabel', title)}</label>
      <input
        id={id}
        ref={input}
        type="text"
        value={value}
        aria-invalid={error !== '' ? 'true' : undefined}
        aria-describedby={error !== '' ? `${id}-error` : undefined}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      />
      {error !== '' && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">{t('courses_renameSave')}</button>
        {renamed && (
          <button type="button" onClick={() => void reset()}>
            {t('courses_renameReset')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('courses_renameCancel')}
        </button>
      </div>
    </form>
  );
}
