import { formatDate, formatTime } from '@/components/local-time';
import { toMinutes } from '@/storage/digest/minutes';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { SessionKind, SessionRow } from '@/storage/schemas/rows';

export const KIND_LABEL: Record<SessionKind, MessageKey> = {
  input: 'kind_input',
  media: 'kind_media',
  'background-audio': 'kind_backgroundAudio',
  manual: 'kind_manual',
};

interface Props {
  locale: Locale;
  timeZone: string;
  unit: DurationUnit;
  row: SessionRow;
  /** The course's display name (the learner's, or the session's own title). */
  courseTitle: string;
  platformName: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** One session: when, where, what, how it was counted; manual time is marked and can be edited. */
export function SessionItem({
  locale,
  timeZone,
  unit,
  row,
  courseTitle,
  platformName,
  onEdit,
  onDelete,
}: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const manual = row.kind === 'manual';
  const start = formatTime(row.start, locale, timeZone);
  const day = formatDate(row.start, locale, timeZone);
  const titleId = `session-${row.id}`;
  return (
    <li
      class={manual ? 'session manual' : 'session'}
      data-testid="session"
      data-id={row.id}
      data-kind={row.kind}
      aria-labelledby={titleId}
    >
      <div class="session-main">
        <p id={titleId} class="session-course">
          {courseTitle}
        </p>
        <p class="session-lesson">
          {row.lessonTitle.trim() === '' ? t('sessions_noLesson') : row.lessonTitle}
        </p>
        <p class="muted">
          <span>{t('sessions_time', start, formatTime(row.end, locale, timeZone))}</span>
          {' · '}
          <span>{formatDuration(toMinutes(row.end - row.start), unit, locale)}</span>
          {' · '}
          <span>{platformName}</span>
          {' · '}
          <span class={manual ? 'manual-mark' : undefined} data-testid="session-kind">
            {t(KIND_LABEL[row.kind])}
          </span>
        </p>
        {manual && row.note !== undefined && row.note !== '' && (
          <p class="session-note">{t('sessions_note', row.note)}</p>
        )}
      </div>
      <div class="actions">
        {manual && (
          <button
            type="button"
            class="edit"
            aria-label={t('sessions_editLabel', start, day)}
            onClick={onEdit}
          >
            {t('sessions_edit')}
          </button>
        )}
        <button
          type="button"
          class="delete"
          aria-label={t('sessions_deleteLabel', start, day)}
          onClick={onDelete}
        >
          {t('sessions_delete')}
        </button>
      </div>
    </li>
  );
}
