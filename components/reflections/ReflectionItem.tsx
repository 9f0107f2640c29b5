import { type Locale, translate } from '@/storage/i18n';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { localDate } from '@/storage/tracking/local-day';

interface Props {
  locale: Locale;
  row: ReflectionRow;
  timeZone: string;
  /** Whether the row is chosen for a case draft (only rows flagged as cases can be). */
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One formatter per zone: building an `Intl.DateTimeFormat` costs about a millisecond, a list has thousands. */
const clocks = new Map<string, Intl.DateTimeFormat>();

/** Local `YYYY-MM-DD HH:mm` of an instant. */
function localTime(ms: number, timeZone: string): string {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, clock);
  }
  return `${localDate(ms, timeZone)} ${clock.format(ms)}`;
}

/** One reflection as text (never markup): when, where, topics, 学 / 思 / 用, rating, and its actions. */
export function ReflectionItem({ locale, row, timeZone, selected, onSelect, onEdit, onDelete }: Props) {
  const t = (key: Parameters<typeof translate>[1], ...rest: (string | number)[]) =>
    translate(locale, key, ...rest);
  const place = [row.courseTitle, row.lessonTitle]
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' · ');
  const headingId = `reflection-${row.id}`;
  return (
    <article class="reflection" aria-labelledby={headingId} data-testid="reflection">
      <h3 id={headingId}>
        <time dateTime={new Date(row.createdAt).toISOString()}>{localTime(row.createdAt, timeZone)}</time>
        {place !== '' && <span class="place"> {place}</span>}
      </h3>
      {(row.topics.length > 0 || row.isCase) && (
        <ul class="chips" aria-label={t('reflections_topics')}>
          {row.isCase && <li class="chip case">{t('reflections_caseBadge')}</li>}
          {row.topics.map((topic) => (
            <li key={topic} class="chip">
              {topic}
            </li>
          ))}
        </ul>
      )}
      <dl class="three">
        <dt>{t('reflections_learnedShort')}</dt>
        <dd data-field="learned">{row.learned}</dd>
        {row.thought.trim() !== '' && (
          <>
            <dt>{t('reflections_thoughtShort')}</dt>
            <dd data-field="thought">{row.thought}</dd>
          </>
        )}
        {row.apply.trim() !== '' && (
          <>
            <dt>{t('reflections_applyShort')}</dt>
            <dd data-field="apply">{row.apply}</dd>
          </>
        )}
      </dl>
      {row.rating !== undefined && <p class="muted">{t('reflections_ratingShown', row.rating)}</p>}
      <div class="actions">
        {row.isCase && (
          <label class="select-case">
            <input
              type="checkbox"
              checked={selected}
              onChange={(event) => onSelect(event.currentTarget.checked)}
            />
            {t('reflections_selectCase')}
          </label>
        )}
        <button type="button" class="edit" onClick={onEdit} aria-describedby={headingId}>
          {t('reflections_edit')}
        </button>
        <button type="button" class="delete" onClick={onDelete} aria-describedby={headingId}>
          {t('reflections_delete')}
        </button>
      </div>
    </article>
  );
}
