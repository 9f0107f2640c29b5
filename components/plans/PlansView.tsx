import { useRef, useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { UndoToast } from '@/components/UndoToast';
import { useLiveQuery } from '@/components/use-live-query';
import { useUndoableDelete } from '@/components/use-undoable-delete';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { PlanRow } from '@/storage/schemas/plan';
import type { Settings } from '@/storage/schemas/settings';
import { localDate, resolveTimeZone } from '@/storage/tracking/local-day';
import { PlanCard } from './PlanCard';
import { type Choice, PlanForm } from './PlanForm';
import { emptyPlanValues, type PlanFormValues, planInputOf, planValues } from './plan-form-values';
import type { PlansActions } from './plans-actions';
import './plans.css';

interface Props {
  locale: Locale;
  /** The zone a new plan counts its days in, and the minutes per 学时 it starts with. */
  settings: Pick<Settings, 'timeZone' | 'classHourMinutes'>;
  actions: PlansActions;
  now?: () => number;
}

type Editing = { id?: string; values: PlanFormValues; courses: Choice[]; platforms: Choice[] } | null;

const TOAST = { deleted: 'plans_deletedToast', undo: 'sessions_undo', dismiss: 'sessions_dismiss' } as const;

/** The dashboard's Plans view: each training plan's progress, pace, forecast and chart, and the plan form. */
export function PlansView({ locale, settings, actions, now = Date.now }: Props) {
  const timeZone = resolveTimeZone(settings.timeZone);
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const live = useLiveQuery(() => actions.load(), [actions]);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const setFailure = (text: string) => setNotice(text ? { kind: 'alert', text } : null);
  const { deleted, undoRef, remove, undo, dismiss } = useUndoableDelete<PlanRow>({
    remove: (id) => actions.remove(id),
    restore: (row) => actions.restore(row),
    returnFocus: newButton,
    setFailure,
    failureMessage: (step, error) =>
      t(step === 'delete' ? 'plans_deleteFailed' : 'plans_undoFailed', String(error)),
  });

  const openForm = async (id?: string) => {
    setNotice(null);
    const [plan, choices] = await Promise.all([id ? actions.plan(id) : undefined, actions.choices()]);
    const values = plan
      ? planValues(plan)
      : emptyPlanValues(localDate(now(), timeZone), settings.classHourMinutes);
    setEditing({ id: plan?.id, values, ...choices });
  };
  const save = async (values: PlanFormValues) => {
    const refused = await actions.save(planInputOf(values, timeZone), editing?.id);
    if (refused) return refused;
    setEditing(null);
    setNotice({ kind: 'status', text: t('plans_saved', values.name.trim()) });
    requestAnimationFrame(() => newButton.current?.focus());
    return null;
  };
  const record = async (id: string, open: boolean) => {
    try {
      const { html, fileName } = await actions.record(id);
      if (open) actions.openRecord(html);
      else actions.downloadRecord(html, fileName);
    } catch (error) {
      setFailure(t('plans_recordFailed', String(error)));
    }
  };

  return (
    <section class="plans" data-testid="plans-view">
      <p class="hint">{t('plans_intro')}</p>
      {editing ? (
        <PlanForm
          locale={locale}
          editing={editing.id !== undefined}
          initial={editing.values}
          courses={editing.courses}
          platforms={editing.platforms}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p>
          <button
            type="button"
            class="primary"
            ref={newButton}
            data-testid="plan-new"
            onClick={() => void openForm()}
          >
            {t('plans_new')}
          </button>
        </p>
      )}
      <LiveNotices notice={notice} />
      {live.status === 'loading' && (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      )}
      {live.status === 'error' && <p role="alert">{t('plans_loadFailed', live.error.message)}</p>}
      {live.status === 'ready' && live.value.length === 0 && !editing && (
        <p class="empty-state" data-testid="plans-empty">
          {t('plans_empty')}
        </p>
      )}
      {live.status === 'ready' &&
        live.value.map((plan) => (
          <PlanCard
            key={plan.id}
            locale={locale}
            plan={plan}
            onEdit={() => void openForm(plan.id)}
            onDelete={() => void remove(plan.id)}
            onOpenRecord={() => void record(plan.id, true)}
            onDownloadRecord={() => void record(plan.id, false)}
          />
        ))}
      <div ref={undoRef}>
        {deleted && (
          <UndoToast
            locale={locale}
            keys={TOAST}
            testId="plan-undo-toast"
            onUndo={() => void undo()}
            onDismiss={dismiss}
          />
        )}
      </div>
    </section>
  );
}
