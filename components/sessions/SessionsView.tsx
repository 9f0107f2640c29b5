import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate, formatDayHeading } from '@/components/local-time';
import { UndoToast } from '@/components/UndoToast';
import { useLiveQuery } from '@/components/use-live-query';
import { useUndoableDelete } from '@/components/use-undoable-delete';
import { toMinutes } from '@/storage/digest/minutes';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { type CourseChoice, rowToManualEntry } from '@/storage/manual/manual-entry';
import type { SessionRow } from '@/storage/schemas/rows';
import { msOnDay } from '@/storage/tracking/day-totals';
import { clipIntervals, unionMs } from '@/storage/tracking/intervals';
import { dayBounds } from '@/storage/tracking/local-day';
import { isoWeekOf, shiftWeek } from '@/storage/tracking/weeks';
import { groupByDay } from './day-groups';
import { ManualEntryForm } from './ManualEntryForm';
import { SessionItem } from './SessionItem';
import type { SessionsActions } from './sessions-actions';
import '@/components/courses/courses.css';

/** How long a deletion can be undone. */

interface Props {
  locale: Locale;
  timeZone: string;
  unit: DurationUnit;
  platformNames: Record<string, string>;
  actions: SessionsActions;
}

const SESSION_TOAST = {
  deleted: 'sessions_deleted',
  undo: 'sessions_undo',
  dismiss: 'sessions_dismiss',
} as const;

/** The dashboard's Sessions view: a week's sessions by day, delete with undo, study time added and edited by hand. */
export function SessionsView({ locale, timeZone, unit, platformNames, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const now = actions.now();
  const thisWeek = isoWeekOf(now, timeZone);
  const [week, setWeek] = useState(thisWeek);
  const from = dayBounds(week.start, timeZone).start;
  const to = dayBounds(week.end, timeZone).end;
  const live = useLiveQuery(() => actions.load(from, to), [actions, from, to]);
  const [choices, setChoices] = useState<CourseChoice[]>([]);
  const [editing, setEditing] = useState<SessionRow | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [newId, setNewId] = useState(() => actions.newId());
  const listRef = useRef<HTMLParagraphElement>(null);
  const { deleted, undoRef, remove, undo, dismiss } = useUndoableDelete<SessionRow>({
    remove: (id) => actions.remove(id),
    restore: (row) => actions.restore(row),
    returnFocus: listRef,
    setFailure,
    failureMessage: (step, error) =>
      t(step === 'delete' ? 'sessions_deleteFailed' : 'sessions_undoFailed', String(error)),
  });

  const rows = live.status === 'ready' ? live.value.sessions : [];
  const names = useMemo(
    () => new Map((live.status === 'ready' ? live.value.names : []).map((n) => [n.courseKey, n.title])),
    [live],
  );
  const days = useMemo(() => groupByDay(rows, timeZone), [rows, timeZone]);
  const clipped = useMemo(() => clipIntervals(rows, from, to), [rows, from, to]);

  // Every course of every session: read once and after this view's own writes, not on each heartbeat the
  // background writes while the learner studies (a year is 20,000 rows).
  const [choicesVersion, setChoicesVersion] = useState(0);
  const reloadChoices = () => setChoicesVersion((version) => version + 1);
  useEffect(() => {
    actions.courseChoices().then(setChoices, () => setChoices([]));
  }, [actions, choicesVersion]);

  const showWeekOf = (ms: number) => setWeek(isoWeekOf(ms, timeZone));

  if (live.status === 'error') return <p role="alert">{t('sessions_loadFailed', live.error.message)}</p>;
  const titleOf = (row: SessionRow) => names.get(row.courseKey) ?? (row.courseTitle.trim() || row.courseKey);
  // Time entered by hand keeps its course's platform id (the course's identity), but did not happen there.
  const platformOf = (row: SessionRow) =>
    row.kind === 'manual' || row.platformId === 'manual'
      ? t('platform_manual')
      : (platformNames[row.platformId] ?? row.platformId);
  const duration = (ms: number) => formatDuration(toMinutes(ms), unit, locale);
  const weekLabel = t(
    'sessions_week',
    formatDate(from, locale, timeZone),
    formatDate(dayBounds(week.end, timeZone).start, locale, timeZone),
  );

  return (
    <div class="sessions-view">
      <nav class="week-picker" aria-label={weekLabel}>
        <button type="button" onClick={() => setWeek(shiftWeek(week.start, -1))}>
          {t('sessions_previousWeek')}
        </button>
        <p class="week-label" data-testid="sessions-week" data-week={week.start}>
          {weekLabel}
        </p>
        <button type="button" disabled={week.start === thisWeek.start} onClick={() => setWeek(thisWeek)}>
          {t('sessions_thisWeek')}
        </button>
        <button
          type="button"
          disabled={week.start >= thisWeek.start}
          onClick={() => setWeek(shiftWeek(week.start, 1))}
        >
          {t('sessions_nextWeek')}
        </button>
      </nav>
      <p
        ref={listRef}
        tabIndex={-1}
        class="week-total"
        data-testid="sessions-week-total"
        data-ms={unionMs(clipped)}
      >
        {live.status === 'loading' ? t('loading') : t('sessions_weekTotal', duration(unionMs(clipped)))}
      </p>
      <p class="sr-only" role="status">
        {status}
      </p>
      {failure !== '' && (
        <p role="alert" class="field-error">
          {failure}
        </p>
      )}
      {live.status === 'ready' && days.length === 0 && (
        <p class="empty-state" data-testid="sessions-empty">
          {t('sessions_none')}
        </p>
      )}
      {days.map((day) => (
        <section key={day.date} class="day" aria-labelledby={`day-${day.date}`} data-day={day.date}>
          <h2 id={`day-${day.date}`}>
            {formatDayHeading(dayBounds(day.date, timeZone).start, locale, timeZone)}{' '}
            <span class="muted">
              {t('sessions_dayTotal', duration(msOnDay(clipped, day.date, timeZone)))}
            </span>
          </h2>
          <ul class="session-list" aria-label={t('sessions_listLabel', day.date)}>
            {day.rows.map((row) =>
              editing?.id === row.id ? (
                <li key={row.id} class="session editing">
                  <h3>{t('manual_editHeading')}</h3>
                  <ManualEntryForm
                    locale={locale}
                    timeZone={timeZone}
                    now={now}
                    choices={withCourseOf(row, choices, titleOf(row))}
                    id={row.id}
                    initial={rowToManualEntry(row, timeZone)}
                    cancel={() => setEditing(null)}
                    submit={async (next) => {
                      const saved = await actions.updateManual(next);
                      if (saved === undefined) throw new Error(t('manual_gone'));
                      reloadChoices();
                      setEditing(null);
                      setStatus(t('manual_saved'));
                      showWeekOf(saved.start);
                    }}
                  />
                </li>
              ) : (
                <SessionItem
                  key={row.id}
                  locale={locale}
                  timeZone={timeZone}
                  unit={unit}
                  row={row}
                  courseTitle={titleOf(row)}
                  platformName={platformOf(row)}
                  onEdit={() => setEditing(row)}
                  onDelete={() => void remove(row.id)}
                />
              ),
            )}
          </ul>
        </section>
      ))}
      <section class="panel" aria-labelledby="manual-heading">
        <h2 id="manual-heading">{t('manual_heading')}</h2>
        <p class="hint">{t('manual_hint')}</p>
        <ManualEntryForm
          key={newId}
          locale={locale}
          timeZone={timeZone}
          now={now}
          choices={choices}
          id={newId}
          submit={async (row) => {
            await actions.addManual(row);
            reloadChoices();
            setNewId(actions.newId());
            setStatus(t('manual_added', formatDate(row.start, locale, timeZone)));
            showWeekOf(row.start);
          }}
        />
      </section>
      <div ref={undoRef}>
        {deleted !== null && (
          <UndoToast
            locale={locale}
            keys={SESSION_TOAST}
            testId="session-undo-toast"
            onUndo={() => void undo()}
            onDismiss={dismiss}
          />
        )}
      </div>
    </div>
  );
}

/** The choices with the edited row's own course, so an edit never depends on the course list having loaded. */
function withCourseOf(row: SessionRow, choices: readonly CourseChoice[], title: string): CourseChoice[] {
  if (choices.some((choice) => choice.courseKey === row.courseKey)) return [...choices];
  return [{ courseKey: row.courseKey, title, platformId: row.platformId }, ...choices];
}
