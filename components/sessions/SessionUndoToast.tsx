import { type Locale, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Session deleted" with Undo, announced politely; the view removes it after its time runs out. */
export function SessionUndoToast({ locale, onUndo, onDismiss }: Props) {
  return (
    <div class="toast" role="status" data-testid="session-undo-toast">
      <span>{translate(locale, 'sessions_deleted')}</span>
      <button type="button" onClick={onUndo}>
        {translate(locale, 'sessions_undo')}
      </button>
      <button type="button" onClick={onDismiss} aria-label={translate(locale, 'sessions_dismiss')}>
        ×
      </button>
    </div>
  );
}
