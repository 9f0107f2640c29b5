import { type Locale, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Deleted" with Undo, announced politely; the view removes it after its time runs out. */
export function UndoToast({ locale, onUndo, onDismiss }: Props) {
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      <span>{translate(locale, 'reflections_deleted')}</span>
      <button type="button" onClick={onUndo}>
        {translate(locale, 'reflections_undo')}
      </button>
      <button type="button" onClick={onDismiss} aria-label={translate(locale, 'reflections_dismiss')}>
        ×
      </button>
    </div>
  );
}
