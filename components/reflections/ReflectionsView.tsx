import { useMemo, useRef, useState } from 'preact/hooks';
import { CaseDraftsPanel } from '@/components/cases/CaseDraftsPanel';
import { UndoToast } from '@/components/UndoToast';
import { useLiveQuery } from '@/components/use-live-query';
import { useUndoableDelete } from '@/components/use-undoable-delete';
import { type Locale, translate } from '@/storage/i18n';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { ReflectionEditForm } from './ReflectionEditForm';
import { ReflectionFilters } from './ReflectionFilters';
import { ReflectionItem } from './ReflectionItem';
import { filterChoices, filterReflections, NO_FILTER, type ReflectionFilter } from './reflection-filter';
import type { ReflectionsActions } from './reflections-actions';
import { groupByWeek, narrowWeeks } from './week-groups';

/** How long a deletion can be undone. */
export { UNDO_MS } from '@/components/use-undoable-delete';
/** Reflections rendered at first and added by each "show more": a year holds thousands. */
export const PAGE_SIZE = 100;

interface Props {
  locale: Locale;
  /** IANA zone the weeks and days are counted in (the settings' time zone, resolved). */
  timeZone: string;
  actions: ReflectionsActions;
}

const REFLECTION_TOAST = {
  deleted: 'reflections_deleted',
  undo: 'reflections_undo',
  dismiss: 'reflections_dismiss',
} as const;

/** The dashboard's Reflections view: reflections by ISO week, search, filters, edit, delete with undo, case drafts. */
export function ReflectionsView({ locale, timeZone, actions }: Props) {
  const t = (key: Parameters<typeof translate>[1], ...rest: (string | number)[]) =>
    translate(locale, key, ...rest);
  const live = useLiveQuery(() => actions.all(), [actions]);
  const [filter, setFilter] = useState<ReflectionFilter>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  // Delete with undo; once the time to undo runs out the toast goes and focus returns to the list.
  const { deleted, undoRef, remove, undo, dismiss } = useUndoableDelete<ReflectionRow>({
    remove: (id) => actions.remove(id),
    restore: (row) => actions.restore(row),
    returnFocus: statusRef,
    setFailure,
    failureMessage: (step, error) =>
      t(step === 'delete' ? 'reflections_deleteFailed' : 'reflections_undoFailed', String(error)),
    onRemoved: (id) => setSelected((old) => new Set([...old].filter((key) => key !== id))),
  });

  const rows = live.status === 'ready' ? live.value : [];
  const weeks = useMemo(() => groupByWeek(rows, timeZone), [rows, timeZone]);
  const shown = useMemo(() => filterReflections(rows, filter, timeZone), [rows, filter, timeZone]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shownWeeks = useMemo(() => {
    const keep = new Set(shown.map((row) => row.id));
    return narrowWeeks(weeks, (row) => keep.has(row.id), limit);
  }, [weeks, shown, limit]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const cases = rows.filter((row) => row.isCase && selected.has(row.id));

  // Back from the edit form, the keyboard continues at the reflection's Edit button.
  const closeEditor = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`[aria-labelledby="reflection-${id}"] button.edit`)?.focus(),
    );
  };

  if (live.status === 'loading')
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  if (live.status === 'error') return <p role="alert">{t('reflections_loadFailed', live.error.message)}</p>;

  const weekTotal = new Map(weeks.map((week) => [week.start, week.rows.length]));
  return (
    <div class="reflections-view">
      <ReflectionFilters
        locale={locale}
        filter={filter}
        topics={choices.topics}
        courses={choices.courses}
        onChange={(next) => {
          setFilter(next);
          setLimit(PAGE_SIZE);
        }}
      />
      <p ref={statusRef} tabIndex={-1} class="muted" role="status" data-testid="reflections-status">
        {rows.length === 0 ? t('reflections_none') : t('reflections_shown', shown.length, rows.length)}
      </p>
      {failure !== '' && (
        <p role="alert" class="field-error">
          {failure}
        </p>
      )}
      {/* Always mounted: a draft's edits survive unticking and ticking its reflection again. */}
      <CaseDraftsPanel locale={locale} timeZone={timeZone} rows={cases} download={actions.download} />
      {shownWeeks.map((week) => (
        <section key={week.start} class="week" aria-labelledby={`week-${week.start}`} data-week={week.start}>
          <h2 id={`week-${week.start}`}>
            {t('reflections_week', week.start, week.end)}{' '}
            <span class="week-count" data-testid="week-count">
              {t('reflections_weekCount', weekTotal.get(week.start) ?? 0)}
            </span>
          </h2>
          {week.rows.map((row) =>
            editing === row.id ? (
              <ReflectionEditForm
                key={row.id}
                locale={locale}
                row={row}
                cancel={() => closeEditor(row.id)}
                save={async (changes) => {
                  const saved = await actions.update(row.id, changes);
                  if (saved === undefined) throw new Error(t('reflections_gone'));
                  closeEditor(row.id);
                }}
              />
            ) : (
              <ReflectionItem
                key={row.id}
                locale={locale}
                row={row}
                timeZone={timeZone}
                selected={selected.has(row.id)}
                onSelect={(on) =>
                  setSelected(
                    (old) => new Set(on ? [...old, row.id] : [...old].filter((id) => id !== row.id)),
                  )
                }
                onEdit={() => setEditing(row.id)}
                onDelete={() => void remove(row.id)}
              />
            ),
          )}
        </section>
      ))}
      {shown.length > limit && (
        <button type="button" class="show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t('reflections_showMore', shown.length - limit)}
        </button>
      )}
      <div ref={undoRef}>
        {deleted !== null && (
          <UndoToast
            locale={locale}
            keys={REFLECTION_TOAST}
            testId="undo-toast"
            onUndo={() => void undo()}
            onDismiss={dismiss}
          />
        )}
      </div>
    </div>
  );
}
