import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { LedgerImportProgress } from '@/storage/ledger/types';

interface Props {
  locale: Locale;
  phase: LedgerImportProgress['phase'];
  done: number;
  total: number;
  onCancel: () => void;
}

const PHASE: Record<LedgerImportProgress['phase'], MessageKey> = {
  reading: 'ledger_phaseReading',
  checking: 'ledger_phaseChecking',
  saving: 'ledger_phaseSaving',
  done: 'ledger_phaseDone',
};

/** The running import: a labelled progress bar with "reading: n of m files", and a button that stops it. */
export function ImportProgress({ locale, phase, done, total, onCancel }: Props) {
  const text = translate(locale, 'ledger_importProgress', translate(locale, PHASE[phase]), done, total);
  return (
    <div class="ledger-progress" data-testid="ledger-progress">
      <label for="ledger-progress-bar">{translate(locale, 'ledger_importRunning')}</label>
      <progress id="ledger-progress-bar" max={Math.max(total, 1)} value={done} aria-valuetext={text} />
      <span data-testid="ledger-progress-text">{text}</span>
      <button type="button" onClick={onCancel} disabled={phase === 'saving' || phase === 'done'}>
        {translate(locale, 'ledger_importCancel')}
      </button>
    </div>
  );
}
