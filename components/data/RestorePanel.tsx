import { useEffect, useRef, useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import {
  type BackupError,
  backupErrorMessage,
  DEFAULT_MAX_BACKUP_BYTES,
  type RestoreMode,
  type RestorePlan,
} from '@/storage/backup';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { DataActions } from './data-actions';
import { RestorePlanTable } from './RestorePlanTable';

interface Props {
  locale: Locale;
  actions: Pick<DataActions, 'send'>;
}

/** The chosen file's text, read once: the preview and the restore send the very same text. */
interface Chosen {
  name: string;
  text: string;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'preview'; chosen: Chosen; mode: RestoreMode; plan: RestorePlan }
  | { kind: 'applying'; chosen: Chosen; mode: RestoreMode; plan: RestorePlan }
  | { kind: 'done'; plan: RestorePlan }
  | { kind: 'failed'; error: BackupError };

const MODES: readonly [RestoreMode, MessageKey][] = [
  ['merge', 'data_restoreMerge'],
  ['replace', 'data_restoreReplace'],
];

/** The file's text, or why it cannot be a backup; the size is checked before reading it all. */
async function readBackupFile(
  file: File,
): Promise<{ ok: true; chosen: Chosen } | { ok: false; error: BackupError }> {
  if (file.size > DEFAULT_MAX_BACKUP_BYTES) {
    return { ok: false, error: { code: 'too-large', detail: (file.size / 2 ** 20).toFixed(1) } };
  }
  try {
    return { ok: true, chosen: { name: file.name, text: await file.text() } };
  } catch (error) {
    return { ok: false, error: { code: 'not-json', detail: String(error) } };
  }
}

/**
 * Restores a backup file: choose merge or replace, choose the file, see what will change, confirm. Any
 * problem is shown in the user's language and nothing is written.
 */
export function RestorePanel({ locale, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  // Refs, not state: the handlers of a preview in flight must see the latest choice.
  const modeRef = useRef<RestoreMode>('merge');
  const chosenRef = useRef<Chosen | null>(null);
  // Only the latest request may change the step: a slow preview of an earlier choice is dropped.
  const latest = useRef(0);

  const previewShown = step.kind === 'preview';
  useEffect(() => {
    if (previewShown) previewRef.current?.focus();
  }, [previewShown]);

  const forgetFile = () => {
    chosenRef.current = null;
    if (fileRef.current) fileRef.current.value = '';
  };
  const fail = (error: BackupError) => {
    forgetFile();
    setStep({ kind: 'failed', error });
  };

  const showPlan = async (request: number, chosen: Chosen, chosenMode: RestoreMode) => {
    setStep({ kind: 'checking' });
    const reply = await actions.send({ type: 'restore-preview', text: chosen.text, mode: chosenMode });
    if (request !== latest.current) return;
    if (!reply.ok) return fail(reply.error);
    if (!reply.plan) return fail({ code: 'write-failed', detail: 'no plan in the reply' });
    setStep({ kind: 'preview', chosen, mode: chosenMode, plan: reply.plan });
  };

  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    const request = ++latest.current;
    chosenRef.current = null;
    if (!file) {
      setStep({ kind: 'idle' });
      return;
    }
    setStep({ kind: 'checking' });
    const read = await readBackupFile(file);
    if (request !== latest.current) return;
    if (!read.ok) return fail(read.error);
    chosenRef.current = read.chosen;
    await showPlan(request, read.chosen, modeRef.current);
  };

  const onMode = (next: RestoreMode) => {
    setMode(next);
    modeRef.current = next;
    // The plan depends on the mode: show it again for the file already read.
    const chosen = chosenRef.current;
    if (chosen && (step.kind === 'checking' || step.kind === 'preview')) {
      void showPlan(++latest.current, chosen, next);
    }
  };

  const onConfirm = async () => {
    if (step.kind !== 'preview') return;
    const request = ++latest.current;
    setStep({ ...step, kind: 'applying' });
    const reply = await actions.send({ type: 'restore-apply', text: step.chosen.text, mode: step.mode });
    if (request !== latest.current) return;
    if (!reply.ok) return fail(reply.error);
    forgetFile();
    setStep({ kind: 'done', plan: reply.plan ?? step.plan });
  };

  const onCancel = () => {
    // Once sent, a restore cannot be called back: its outcome must still be shown.
    if (step.kind === 'applying') return;
    latest.current++;
    forgetFile();
    setStep({ kind: 'idle' });
    fileRef.current?.focus();
  };

  const notice = ((): Notice => {
    switch (step.kind) {
      case 'checking':
        return { kind: 'status', text: t('data_restoreChecking') };
      case 'applying':
        return { kind: 'status', text: t('data_restoreApplying') };
      case 'done': {
        const { sessions: s, reflections: r } = step.plan;
        const counts = [s.new, s.updated, s.removed, r.new, r.updated, r.removed];
        return { kind: 'status', text: t('data_restoreDone', ...counts) };
      }
      case 'failed':
        return { kind: 'alert', text: backupErrorMessage(step.error, locale) };
      default:
        return null;
    }
  })();

  const shown = step.kind === 'preview' || step.kind === 'applying' ? step : null;
  return (
    <section class="panel" aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('data_restoreHeading')}</h2>
      <p class="hint">{t('data_restoreHint')}</p>
      <fieldset class="choices">
        <legend>{t('data_restoreMode')}</legend>
        {MODES.map(([value, key]) => (
          <div key={value} class="choice">
            <input
              id={`restore-mode-${value}`}
              type="radio"
              name="restore-mode"
              value={value}
              checked={mode === value}
              onChange={() => onMode(value)}
            />
            <label for={`restore-mode-${value}`}>{t(key)}</label>
          </div>
        ))}
        {mode === 'replace' && (
          <p class="warning" id="restore-replace-warning">
            {t('data_restoreReplaceWarning')}
          </p>
        )}
      </fieldset>
      <div class="field">
        <label for="restore-file">{t('data_restoreFile')}</label>
        <input
          id="restore-file"
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          aria-describedby={mode === 'replace' ? 'restore-replace-warning' : undefined}
          onChange={(event) => void onFile(event)}
        />
      </div>
      {shown && (
        <div class="preview" ref={previewRef} tabIndex={-1} data-testid="restore-preview">
          <RestorePlanTable locale={locale} plan={shown.plan} fileName={shown.chosen.name} />
          <button
            type="button"
            class={shown.mode === 'replace' ? 'danger' : 'primary'}
            data-testid="restore-confirm"
            aria-disabled={shown.kind === 'applying' ? 'true' : undefined}
            onClick={() => void onConfirm()}
          >
            {t('data_restoreConfirm')}
          </button>
          <button
            type="button"
            aria-disabled={shown.kind === 'applying' ? 'true' : undefined}
            onClick={onCancel}
          >
            {t('cancel')}
          </button>
        </div>
      )}
      <LiveNotices notice={notice} />
    </section>
  );
}
